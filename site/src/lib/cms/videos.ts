import type { Video } from '@xuexi/contract/payload-types'
import type { Paginated } from './paginated'
import { findBySlug, queryCollection, type WhereParams } from './queryCollection'

/** Published videos, newest first, with posters. */
export function listVideos(options: { page: number; limit: number; where?: WhereParams }): Promise<Paginated<Video>> {
  return queryCollection('videos', {
    ...options,
    sort: '-publishedAt',
    depth: 1,
    select: ['title', 'slug', 'summary', 'kind', 'duration', 'poster', 'publishedAt'],
  })
}

/** The published video with this slug, with file, poster and subtitles populated. */
export function findVideo(slug: string): Promise<Video | null> {
  return findBySlug('videos', slug)
}
