import type { Article } from '@xuexi/contract/payload-types'
import type { Paginated } from './paginated'
import { findBySlug, queryCollection, type WhereParams } from './queryCollection'

/** The fields a list of articles shows. */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'author' | 'source' | 'summary' | 'publishedAt'>

/** Published articles, newest first. */
export function listArticles(options: { page: number; limit: number; where?: WhereParams }): Promise<Paginated<ArticleSummary>> {
  return queryCollection('articles', {
    ...options,
    sort: '-publishedAt',
    select: ['title', 'slug', 'author', 'source', 'summary', 'publishedAt'],
  })
}

/** The published article with this slug, with images in its body populated; null if there is none. */
export function findArticle(slug: string): Promise<Article | null> {
  return findBySlug('articles', slug)
}
