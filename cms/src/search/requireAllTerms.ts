import lunr from 'lunr'
import type { QueryTerms } from './queryTerms'

/**
 * Builds a lunr query from already tokenized terms, each one REQUIRED. Terms never pass through
 * lunr's query parser, so `+ - : ^ ~ *` typed by a reader are plain characters; our tokens hold
 * only letters, digits and ideographs, so none of them is read as a wildcard either.
 */
export function requireAllTerms(terms: Pick<QueryTerms, 'required'>): (query: lunr.Query) => void {
  return (query) => {
    for (const term of terms.required) query.term(term, { presence: lunr.Query.presence.REQUIRED })
  }
}
