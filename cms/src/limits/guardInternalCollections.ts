import type { CollectionBeforeOperationHook, SanitizedConfig } from 'payload'
import { boundReaderReads } from '../collections/shared/hooks/boundReaderReads'
import { guardQueryShape } from '../errors/guardQueryShape'

// Payload's own code queries these collections through the Local API (locks, jobs, migrations): the
// guard is for what comes in over REST and GraphQL.
const guardRemoteQueryShape: CollectionBeforeOperationHook = (hookArgs) =>
  hookArgs.req.payloadAPI === 'local' ? hookArgs.args : guardQueryShape(hookArgs)

/**
 * Gives Payload's own collections (`payload-preferences`, `payload-locked-documents`,
 * `payload-migrations`, `payload-jobs`, …), which Payload adds while it sanitizes the config and so
 * without the hooks every collection of ours gets, the same query guard and reader bounds; and a
 * collection without REST endpoints (the migrations) answers 404 like any missing route, not 501.
 */
export function guardInternalCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (!collection.slug.startsWith('payload-')) continue
    collection.hooks.beforeOperation = [guardRemoteQueryShape, boundReaderReads, ...(collection.hooks.beforeOperation ?? [])]
    if (collection.endpoints === false) collection.endpoints = []
  }
  return config
}
