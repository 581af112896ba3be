import { chinaWallClock } from '@xuexi/contract/chinaTime'
import type { FacetName } from '@xuexi/contract/search/SearchResponse'
import type { SearchDocument } from './SearchDocument'

/** A facet value with its display label. */
export interface FacetValue {
  value: string
  label: string
}

/** The values an item has for a facet (topics: several; issuer and validity: policies only). */
export function facetValues(doc: SearchDocument, facet: FacetName): FacetValue[] {
  switch (facet) {
    case 'type':
      return [{ value: doc.type, label: doc.type }]
    case 'topic':
      return doc.topics.map((topic) => ({ value: topic.slug, label: topic.title }))
    case 'year': {
      if (!doc.publishedAt) return []
      const year = String(chinaWallClock(new Date(doc.publishedAt)).getUTCFullYear())
      return [{ value: year, label: year }]
    }
    case 'issuer':
      return doc.issuer ? [{ value: doc.issuer, label: doc.issuer }] : []
    case 'validity':
      return doc.validity ? [{ value: doc.validity, label: doc.validity }] : []
  }
}
