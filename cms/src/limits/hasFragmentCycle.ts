import { type DocumentNode, Kind, type SelectionSetNode } from 'graphql'

function spreadsIn(set: SelectionSetNode, into: string[] = []): string[] {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) into.push(selection.name.value)
    else if (selection.selectionSet) spreadsIn(selection.selectionSet, into)
  }
  return into
}

/**
 * Whether a fragment spreads itself, directly or through others. GraphQL's own rule reports it, but
 * Payload's complexity rule runs beside it and follows the spreads until the stack overflows (a 500).
 */
export function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) spreads.set(definition.name.value, spreadsIn(definition.selectionSet))
  const done = new Set<string>()
  const visiting = new Set<string>()
  const cyclic = (name: string): boolean => {
    if (visiting.has(name)) return true
    if (done.has(name) || !spreads.has(name)) return false
    visiting.add(name)
    const found = (spreads.get(name) ?? []).some(cyclic)
    visiting.delete(name)
    done.add(name)
    return found
  }
  return [...spreads.keys()].some(cyclic)
}
