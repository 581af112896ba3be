import lunr from 'lunr'
import { cjkTokenizer } from './cjkTokenizer'
import { dropEmptyToken } from './pipeline/dropEmptyToken'
import { normalizeToken } from './pipeline/normalizeToken'

/** A title lunr scores, by slot. */
export interface ShardEntry {
  slot: number
  title: string
}

/** Builds a lunr index over item titles with the CJK tokenizer and the registered pipeline functions. */
export function buildShardIndex(entries: Iterable<ShardEntry>): lunr.Index {
  const builder = new lunr.Builder()
  builder.ref('slot')
  builder.field('title')
  builder.tokenizer = cjkTokenizer as typeof lunr.tokenizer
  builder.pipeline.add(normalizeToken, dropEmptyToken)
  builder.searchPipeline.add(normalizeToken, dropEmptyToken)
  for (const entry of entries) builder.add({ slot: String(entry.slot), title: entry.title })
  return builder.build()
}
