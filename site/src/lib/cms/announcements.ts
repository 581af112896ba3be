import type { Announcement } from '@xuexi/contract/payload-types'
import type { Paginated } from './paginated'
import { findBySlug, queryCollection, type WhereParams } from './queryCollection'

/** Published announcements: pinned first, then newest. */
export function listAnnouncements(options: { page: number; limit: number; where?: WhereParams }): Promise<Paginated<Announcement>> {
  return queryCollection('announcements', {
    ...options,
    sort: '-pinned,-publishedAt',
    select: ['title', 'slug', 'summary', 'pinned', 'expiresAt', 'publishedAt'],
  })
}

/** Announcements still in force (not expired), for the home page. */
export function currentAnnouncements(limit: number, now = new Date()): Promise<Paginated<Announcement>> {
  return listAnnouncements({ page: 1, limit, where: { expiresAt: { greater_than: now.toISOString() } } })
}

/** The published announcement with this slug. */
export function findAnnouncement(slug: string): Promise<Announcement | null> {
  return findBySlug('announcements', slug)
}
