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
 * Clamps what a non-staff REST or GraphQL read may ask for (`readerLimits`): page size, pagination,
 * relationship depth and join sizes. The Local API (server code, which bounds its own reads) and staff
 * are left alone.
 */
export const boundReaderReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'read' && operation !== 'readDistinct') || req.payloadAPI === 'local' || hasRole(req, staffRoles)) return args
  // One hook for find, findByID, findVersions and findDistinct, whose argument types differ.
  const asked = args as typeof args & ReadArgs
  const bounded: ReadArgs = { depth: boundedDepth(asked.depth), joins: boundedJoins(asked.joins) }
  if (operation === 'readDistinct' || 'limit' in asked || 'pagination' in asked) {
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
