import lunr from 'lunr'
import { normalizeText } from './normalizeText'
import { tokenize } from './tokenize'

// The lunr index over item titles: the project's tokenizer and pipeline functions, and the builder that uses them.

/** A title lunr scores, by slot. */
export interface ShardEntry {
  slot: number
  title: string
}

/** lunr tokenizer: the project's CJK bigram and Latin word segmentation, with token positions. */
export function cjkTokenizer(value: unknown, metadata: Record<string, unknown> = {}): lunr.Token[] {
  if (value === null || value === undefined) return []
  const text = normalizeText(String(value))
  return tokenize(text).map(
    (token, index) => new lunr.Token(token.text, { ...metadata, position: [token.start, token.text.length], index }),
  )
}

/** Pipeline function: folds a token to the indexed form (simplified, lower-case, half-width). */
const normalizeToken: lunr.PipelineFunction = (token) => token.update((text) => normalizeText(text))

/** Pipeline function: drops tokens that normalization left empty, so they never reach the index. */
const dropEmptyToken: lunr.PipelineFunction = (token) => (token.toString().trim() === '' ? null : token)

// Registered by name, so an index saved as JSON loads with the same pipeline.
lunr.Pipeline.registerFunction(normalizeToken, 'cjkNormalizeToken')
lunr.Pipeline.registerFunction(dropEmptyToken, 'cjkDropEmptyToken')

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
