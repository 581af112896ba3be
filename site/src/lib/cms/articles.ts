import type { Article } from '../../../../cms/src/payload-types'
import { fetchCms } from './fetchCms'
import type { Paginated } from './paginated'

/** The fields a list of articles shows. */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'author' | 'source' | 'summary' | 'publishedAt'>

const summaryFields = ['title', 'slug', 'author', 'source', 'summary', 'publishedAt'] as const

/** Published articles, newest first. */
export function listArticles(options: { page: number; limit: number }): Promise<Paginated<ArticleSummary>> {
  const query = new URLSearchParams({
    'where[_status][equals]': 'published',
    sort: '-publishedAt',
    page: String(options.page),
    limit: String(options.limit),
    depth: '0',
  })
  for (const field of summaryFields) query.set(`select[${field}]`, 'true')
  return fetchCms('/api/articles', query)
}

/** The published article with this slug, with images in its body populated; null if there is none. */
export async function findArticle(slug: string): Promise<Article | null> {
  const query = new URLSearchParams({
    'where[slug][equals]': slug,
    'where[_status][equals]': 'published',
    limit: '1',
    depth: '1',
  })
  const result = await fetchCms<Paginated<Article>>('/api/articles', query)
  return result.docs[0] ?? null
}
