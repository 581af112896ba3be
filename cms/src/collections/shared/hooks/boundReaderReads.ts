import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'
import { hasRole, staffRoles } from '../../../access/roles'

/**
 * How much one API read may ask for when the reader is not staff: a page of at most `maxLimit`
 * documents (no `limit=0` or `pagination=false`, which mean "all"), relationships populated at most
 * `maxDepth` levels deep, and join fields at most `maxLimit` each. Larger requests are clamped
 * silently, as Payload itself clamps `depth` to `maxDepth`: the answer's `limit` says what was used.
 */
export const readerLimits = { maxLimit: 100, maxDepth: 2 } as const

type JoinsArg = Record<string, { limit?: number } & Record<string, unknown>> | false | undefined

interface ReadArgs {
  depth?: number
  joins?: JoinsArg
  limit?: number
  pagination?: boolean
}

/**
 * Clamps what a non-staff REST or GraphQL request may ask for (`readerLimits`): page size and
 * pagination of reads, relationship depth and join sizes of any answer. The Local API (server code, which bounds its own reads) and staff
 * are left alone.
 */
export const boundReaderReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || hasRole(req, staffRoles)) return args
  // One hook for every operation (a write answers with the document, populated to `depth` too), whose
  // argument types differ.
  const asked = args as typeof args & ReadArgs
  const bounded: ReadArgs = 'depth' in asked ? { depth: boundedDepth(asked.depth) } : {}
  if ('joins' in asked) bounded.joins = boundedJoins(asked.joins)
  const reads = operation === 'read' || operation === 'readDistinct'
  if (reads && (operation === 'readDistinct' || 'limit' in asked || 'pagination' in asked)) {
    bounded.limit = boundedLimit(asked.limit)
    bounded.pagination = true
  }
  return { ...args, ...bounded }
}

function boundedLimit(limit: unknown): number | undefined {
  if (limit === undefined || limit === null) return undefined
  const asked = Math.floor(Number(limit))
  // `limit=0` means "everything" to Payload: a reader gets the largest page instead.
  if (!Number.isFinite(asked) || asked <= 0) return readerLimits.maxLimit
  return Math.min(asked, readerLimits.maxLimit)
}

function boundedDepth(depth: unknown): number | undefined {
  if (depth === undefined) return undefined
  const asked = Math.floor(Number(depth))
  return Number.isFinite(asked) ? Math.max(0, Math.min(asked, readerLimits.maxDepth)) : 0
}

function boundedJoins(joins: JoinsArg): JoinsArg {
  if (!joins) return joins
  return Object.fromEntries(
    Object.entries(joins).map(([name, join]) => [name, join?.limit === undefined ? join : { ...join, limit: boundedLimit(join.limit) }]),
  )
}

/** The collection with `boundReaderReads` first among its `beforeOperation` hooks (applied to every collection in the config). */
export function withReaderBounds(collection: CollectionConfig): CollectionConfig {
  const beforeOperation = [boundReaderReads, ...(collection.hooks?.beforeOperation ?? [])]
  return { ...collection, hooks: { ...collection.hooks, beforeOperation } }
}
