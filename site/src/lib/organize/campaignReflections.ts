import type { CampaignReflection } from '@xuexi/contract/payload-types'
import { fetchAllPages } from '../cms/fetchAllPages'

/** Which submitted reflections the review page lists. */
export type ReflectionFilter = 'all' | 'unreviewed' | 'featured'

/** A submitted reflection as the organizer reviews it: who wrote it, where, the text and the review so far. */
export interface ReviewedReflection {
  id: number
  name: string
  organization: string
  title: string
  body: string
  submittedAt: string
  score: number | null
  comment: string
  featured: boolean
  reviewedAt: string | null
}

const nameOf = (value: unknown): string => (typeof value === 'object' && value ? ((value as { name?: string }).name ?? '') : '')

/**
 * The campaign's submitted reflections the signed-in organizer may read (the CMS limits them to
 * members in their reach), newest first.
 */
export async function campaignReflections(campaignId: number, filter: ReflectionFilter): Promise<ReviewedReflection[]> {
  const query = new URLSearchParams({
    'where[and][0][campaign][equals]': String(campaignId),
    'where[and][1][status][equals]': 'submitted',
    depth: '1',
    sort: '-submittedAt',
  })
  if (filter === 'unreviewed') query.set('where[and][2][reviewedAt][exists]', 'false')
  if (filter === 'featured') query.set('where[and][2][featured][equals]', 'true')
  for (const field of ['member', 'organization', 'title', 'body', 'submittedAt', 'score', 'comment', 'featured', 'reviewedAt']) {
    query.set(`select[${field}]`, 'true')
  }
  const docs = await fetchAllPages<CampaignReflection>('/api/campaign-reflections', query, 500)
  return docs.map((doc) => ({
    id: doc.id,
    name: nameOf(doc.member),
    organization: nameOf(doc.organization),
    title: doc.title ?? '',
    body: doc.body,
    submittedAt: doc.submittedAt ?? doc.createdAt,
    score: doc.score ?? null,
    comment: doc.comment ?? '',
    featured: doc.featured ?? false,
    reviewedAt: doc.reviewedAt ?? null,
  }))
}
