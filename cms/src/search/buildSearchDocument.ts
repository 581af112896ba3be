import type { SearchDocument } from './SearchDocument'

let nextId = 1

/** A public article as the index holds it, with a fresh id, slug and date (for the search module's unit tests). */
export function buildSearchDocument(overrides: Partial<SearchDocument> = {}): SearchDocument {
  const id = nextId++
  return {
    type: 'articles',
    id,
    slug: `doc-${id}`,
    title: `测试文章 ${id}`,
    summary: '',
    body: '',
    publishedAt: Date.UTC(2025, 0, id),
    topics: [],
    visibility: 'public',
    organizationIds: [],
    ...overrides,
  }
}
