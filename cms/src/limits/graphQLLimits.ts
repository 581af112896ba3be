import { type ASTVisitor, type FragmentDefinitionNode, GraphQLError, Kind, type SelectionSetNode, type ValidationContext } from 'graphql'
import { t } from '../i18n/messages'

/**
 * Bounds of one GraphQL request: its cost by Payload's complexity rule (1 per field, 10 per
 * relationship field; a reader's ordinary page query costs 20–60) and how deeply selections nest
 * (a query for items with their topics' covers is 5 deep).
 */
export const graphQLLimits = { maxComplexity: 400, maxDepth: 8 } as const

/**
 * A GraphQL validation rule refusing operations whose selections nest deeper than `maxDepth`
 * (fragments are followed; a fragment cycle is left to GraphQL's own `NoFragmentCycles` rule).
 */
export function limitQueryDepth(maxDepth: number): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(operation) {
      const fragments = new Map<string, FragmentDefinitionNode>(
        context
          .getDocument()
          .definitions.flatMap((definition) =>
            definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
          ),
      )
      const depth = selectionDepth(operation.selectionSet, fragments, new Set(), maxDepth + 1)
      if (depth > maxDepth)
        context.reportError(new GraphQLError(t('limits.graphQLTooDeep', { max: String(maxDepth) }), { nodes: [operation] }))
    },
  })
}

// Stops counting once past `stopAt`, so a hostile document costs no more than the limit to check.
function selectionDepth(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>, stopAt: number): number {
  if (stopAt <= 0) return 0
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, seen, stopAt - 1) : 0
      deepest = Math.max(deepest, 1 + below)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, seen, stopAt))
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (!fragment || seen.has(name)) continue
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, new Set([...seen, name]), stopAt))
    }
    if (deepest >= stopAt) return deepest
  }
  return deepest
}
