import { normalizeText } from './normalizeText'
import { tokenize } from './tokenize'

/** A query as the index sees it. */
export interface QueryTerms {
  /** Normalized whitespace-separated parts; each must occur verbatim in a matching item. */
  segments: string[]
  /** Whole tokens every matching item is certain to contain (deduplicated); lunr scores titles by them. */
  required: string[]
}

/**
 * Normalizes a query and derives the tokens a match must contain. A token at the edge of a part may
 * be cut from a longer one in the text (`24年` inside `2024年的`: the text has `2024` and `年的`, not
 * `24` or `年`), so an edge Latin word or lone character is not required. Matching itself finds each
 * part by its tokens' positions (see `segmentAnchors`).
 */
export function queryTerms(query: string): QueryTerms {
  const segments = normalizeText(query)
    .split(/\s+/)
    .filter((segment) => segment !== '')
  const required = new Set<string>()
  for (const segment of segments) {
    for (const token of tokenize(segment)) {
      const atEdge = token.start === 0 || token.start + token.text.length === segment.length
      if ((token.cjk && token.text.length === 2) || !atEdge) required.add(token.text)
    }
  }
  return { segments, required: [...required] }
}
