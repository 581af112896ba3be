/** The content types search covers, by collection slug. */
export const searchTypes = ['articles', 'policies', 'videos', 'lectures', 'announcements'] as const

/** One of the searchable collections. */
export type SearchType = (typeof searchTypes)[number]

/** The facets a result list can be narrowed by; each is also a filter parameter. */
export const facetNames = ['type', 'topic', 'year', 'issuer', 'validity'] as const

/** One facet dimension. */
export type FacetName = (typeof facetNames)[number]

/** Counts of one facet's values, most frequent first. */
export type FacetCounts = Array<{ value: string; label: string; count: number }>

/** One result as the API returns it. */
export interface SearchResult {
  id: number | string
  type: SearchType
  slug: string
  title: string
  url: string
  /** HTML: escaped text with `<mark>` around matches. */
  snippet: string
  publishedAt: string | null
}

/** The API's answer to a search. */
export interface SearchResponse {
  query: string
  total: number
  page: number
  totalPages: number
  results: SearchResult[]
  facets: Record<FacetName, FacetCounts>
}
