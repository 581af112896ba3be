import { normalizeText } from './normalizeText'
import { scanPairs, tokenize } from './tokenize'

/** A query as the index sees it. */
export interface QueryTerms {
  /** Normalized whitespace-separated parts; each must occur verbatim in a matching item. */
  segments: string[]
  /** Whole tokens every matching item is certain to contain (deduplicated). */
  required: string[]
  /** Adjacent pairs next to punctuation or across a word edge (see `scanPairs`); a matching item has each. */
  pairs: string[]
  /** Latin words at a part's edge: a matching item has a word containing each of them. */
  fragments: string[]
}

/**
 * Normalizes a query and derives the tokens a match must contain. A token at the edge of a part may
 * be cut from a longer one in the text (`24年` inside `2024年的`: the text has `2024` and `年的`, not
 * `24` or `年`), so an edge Latin word only has to be part of a word, and an edge lone character is
 * left to the verbatim check.
 */
export function queryTerms(query: string): QueryTerms {
  const segments = normalizeText(query)
    .split(/\s+/)
    .filter((segment) => segment !== '')
  const required = new Set<string>()
  const fragments = new Set<string>()
  const pairs = new Set<string>()
  for (const segment of segments) {
    scanPairs(segment, (start) => pairs.add(segment.slice(start, start + 2)))
    for (const token of tokenize(segment)) {
      const atEdge = token.start === 0 || token.start + token.text.length === segment.length
      if ((token.cjk && token.text.length === 2) || !atEdge) required.add(token.text)
      else if (!token.cjk) fragments.add(token.text)
    }
  }
  return { segments, required: [...required], pairs: [...pairs], fragments: [...fragments] }
}
