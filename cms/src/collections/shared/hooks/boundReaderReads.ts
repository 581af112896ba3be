import type { CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../../../access/hasRole'
import { staffRoles } from '../../../access/roles'
import { readerLimits } from '../../../limits/readerLimits'

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
