import type { SearchResponse } from '@xuexi/contract/search/SearchResponse'
import { buildSnippet } from './buildSnippet'
import type { FacetFilters } from './FacetRegistry'
import { findMatches } from './findMatches'
import { queryTerms } from './queryTerms'
import type { Reader } from './Reader'
import { rankMatches } from './rankMatches'
import type { SearchIndex } from './SearchIndex'
import type { SearchParams } from './searchParams'

/** Searches everything `reader` may read: matches, facet counts over them, one ranked page with snippets. */
export function searchLibrary({ index, reader, params }: { index: SearchIndex; reader: Reader; params: SearchParams }): SearchResponse {
  const terms = queryTerms(params.q)
  const matches = findMatches(index, terms, reader)
  const filters: FacetFilters = {
    type: params.type,
    topic: params.topic,
    year: params.year === undefined ? undefined : String(params.year),
    issuer: params.issuer,
    validity: params.validity,
  }
  const { facets, passes } = index.facets.count(matches.slots, { starts: index.columns.facetStarts, ids: index.columns.facetIds }, filters)
  const chosen = passing(passes)
  const start = (params.page - 1) * params.limit
  const ranked = rankMatches(index, matches, chosen, terms, start + params.limit)
  const results = ranked.slice(start, start + params.limit).flatMap((slot) => {
    const item = index.item(slot)
    if (!item) return []
    return [
      {
        id: item.doc.id,
        type: item.doc.type,
        slug: item.doc.slug,
        title: item.doc.title,
        url: `/${item.doc.type}/${item.doc.slug}`,
        snippet: buildSnippet(item, terms.segments),
        publishedAt: item.doc.publishedAt ? new Date(item.doc.publishedAt).toISOString() : null,
      },
    ]
  })
  return {
    query: params.q,
    total: chosen.length,
    page: params.page,
    totalPages: Math.ceil(chosen.length / params.limit),
    results,
    facets,
  }
}

// The positions of the matches that pass every filter.
function passing(passes: Uint8Array): Int32Array {
  const chosen = new Int32Array(passes.length)
  let count = 0
  for (let position = 0; position < passes.length; position++) if (passes[position]) chosen[count++] = position
  return chosen.subarray(0, count)
}
