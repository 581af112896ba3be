import type { Lecture } from '@xuexi/contract/payload-types'
import type { Paginated } from './paginated'
import { findBySlug, queryCollection, type WhereParams } from './queryCollection'

/** Published lectures, most recently held first. */
export function listLectures(options: { page: number; limit: number; where?: WhereParams }): Promise<Paginated<Lecture>> {
  return queryCollection('lectures', {
    ...options,
    sort: '-heldAt',
    select: ['title', 'slug', 'summary', 'speaker', 'format', 'duration', 'heldAt', 'publishedAt'],
  })
}

/** The published lecture with this slug, with media and slides populated. */
export function findLecture(slug: string): Promise<Lecture | null> {
  return findBySlug('lectures', slug)
}
