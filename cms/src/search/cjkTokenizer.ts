import lunr from 'lunr'
import { normalizeText } from './normalizeText'
import { tokenize } from './tokenize'

/** lunr tokenizer: the project's CJK bigram and Latin word segmentation, with token positions. */
export function cjkTokenizer(value: unknown, metadata: Record<string, unknown> = {}): lunr.Token[] {
  if (value === null || value === undefined) return []
  const text = normalizeText(String(value))
  return tokenize(text).map(
    (token, index) => new lunr.Token(token.text, { ...metadata, position: [token.start, token.text.length], index }),
  )
}
