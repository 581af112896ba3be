import type { Policy } from '@xuexi/contract/payload-types'
import type { Paginated } from './paginated'
import { findBySlug, queryCollection, queryWholeCollection, type WhereParams } from './queryCollection'

/** Published policies, most recently issued first. */
export function listPolicies(options: { page: number; limit: number; where?: WhereParams }): Promise<Paginated<Policy>> {
  return queryCollection('policies', {
    ...options,
    sort: '-issuedAt',
    select: ['title', 'slug', 'summary', 'documentNumber', 'issuer', 'issuedAt', 'validity', 'level', 'publishedAt'],
  })
}

/** Issuers that have published policies, for the issuer filter. */
export async function listIssuers(): Promise<string[]> {
  const docs = await queryWholeCollection<Policy>('policies', { select: ['issuer'] })
  return [...new Set(docs.map((policy) => policy.issuer))].sort((a, b) => a.localeCompare(b, 'zh-CN'))
}

/** The published policy with this slug, with attachments and related policies populated. */
export function findPolicy(slug: string): Promise<Policy | null> {
  return findBySlug('policies', slug)
}
