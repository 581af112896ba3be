import { countCharacters } from '@xuexi/contract/content/countCharacters'
import { charactersPerMinute } from '@xuexi/contract/content/readingSeconds'
import type { LexicalDocument } from './richtext/lexicalNode'

/** Estimated minutes to read a rich-text body (at least one). */
export function readingMinutes(document: LexicalDocument | null | undefined): number {
  return Math.max(1, Math.round(countCharacters(document?.root) / charactersPerMinute))
}
