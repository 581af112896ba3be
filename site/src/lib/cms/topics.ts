import type { Topic } from '@xuexi/contract/payload-types'
import { findBySlug, queryCollection } from './queryCollection'

/** Every topic, for navigation and filters. */
export async function listTopics(): Promise<Topic[]> {
  return (await queryCollection<Topic>('topics', { limit: 100, depth: 1, sort: 'title' })).docs
}

/** The topic with this slug (cover populated), or null. */
export function findTopic(slug: string): Promise<Topic | null> {
  return findBySlug('topics', slug)
}
