import type { CollectionConfig } from 'payload'
import { boundReaderReads } from './hooks/boundReaderReads'

/** The collection with `boundReaderReads` first among its `beforeOperation` hooks (applied to every collection in the config). */
export function withReaderBounds(collection: CollectionConfig): CollectionConfig {
  const beforeOperation = [boundReaderReads, ...(collection.hooks?.beforeOperation ?? [])]
  return { ...collection, hooks: { ...collection.hooks, beforeOperation } }
}
