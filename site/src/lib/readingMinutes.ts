import { charactersPerMinute } from '../../../cms/src/tracking/readingSeconds'
import { countCharacters } from '../../../cms/src/utilities/countCharacters'
import type { LexicalDocument } from './richtext/lexicalNode'

/** Estimated minutes to read a rich-text body (at least one). */
export function readingMinutes(document: LexicalDocument | null | undefined): number {
  return Math.max(1, Math.round(countCharacters(document?.root) / charactersPerMinute))
}
