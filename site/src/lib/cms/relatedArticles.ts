import type { Article } from '@xuexi/contract/payload-types'
import type { ArticleSummary } from './articles'
import { queryCollection } from './queryCollection'

/** Up to `limit` other published articles sharing a topic with this one, newest first. */
export async function relatedArticles(article: Article, limit = 3): Promise<ArticleSummary[]> {
  const topicIds = (article.topics ?? []).map((topic) => (typeof topic === 'object' ? topic.id : topic))
  if (topicIds.length === 0) return []
  const result = await queryCollection<ArticleSummary>('articles', {
    limit,
    sort: '-publishedAt',
    where: { topics: { in: topicIds.join(',') }, id: { not_equals: String(article.id) } },
    select: ['title', 'slug', 'author', 'source', 'summary', 'publishedAt'],
  })
  return result.docs
}
