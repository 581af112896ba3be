import type { Article, Lecture, Policy, Video } from '@xuexi/contract/payload-types'
import type { CardData } from '../present/CardData'
import { articleCard, lectureCard, policyCard, videoCard } from '../present/cards'
import { queryCollection } from './queryCollection'

/** The newest published items of every type in a topic, as cards grouped by type. */
export async function topicItems(
  topicId: number,
  perType = 12,
): Promise<Array<{ type: 'articles' | 'policies' | 'videos' | 'lectures'; cards: CardData[] }>> {
  const where = { topics: { in: String(topicId) } }
  const options = { limit: perType, sort: '-publishedAt', where }
  const [articles, policies, videos, lectures] = await Promise.all([
    queryCollection<Article>('articles', options),
    queryCollection<Policy>('policies', options),
    queryCollection<Video>('videos', { ...options, depth: 1 }),
    queryCollection<Lecture>('lectures', options),
  ])
  return [
    { type: 'articles' as const, cards: articles.docs.map(articleCard) },
    { type: 'policies' as const, cards: policies.docs.map(policyCard) },
    { type: 'videos' as const, cards: videos.docs.map(videoCard) },
    { type: 'lectures' as const, cards: lectures.docs.map(lectureCard) },
  ].filter((group) => group.cards.length > 0)
}
