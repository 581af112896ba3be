import { slugPattern } from '@xuexi/contract/content/slugPattern'
import type { Campaign } from '@xuexi/contract/payload-types'
import { fetchCms } from '../cms/fetchCms'
import type { Paginated } from '../cms/paginated'

/** What the portal shows of a campaign in lists and to anonymous visitors. */
export type CampaignSummary = Pick<Campaign, 'id' | 'title' | 'slug' | 'description' | 'startsOn' | 'endsOn' | 'enrolment' | 'isPublic'>

const fields = ['title', 'slug', 'description', 'startsOn', 'endsOn', 'enrolment', 'isPublic'] as const

function campaignQuery(limit: number, where: Record<string, string> = {}): URLSearchParams {
  const query = new URLSearchParams({ limit: String(limit), depth: '0', sort: '-startsOn', 'where[status][equals]': 'published' })
  for (const [key, value] of Object.entries(where)) query.set(key, value)
  for (const field of fields) query.set(`select[${field}]`, 'true')
  return query
}

/** Published campaigns the reader may see (anonymous readers: the public ones), newest first. */
export async function listCampaigns(limit = 50): Promise<CampaignSummary[]> {
  return (await fetchCms<Paginated<CampaignSummary>>('/api/campaigns', campaignQuery(limit))).docs
}

/** Campaigns not yet ended, for the home page. */
export async function currentCampaigns(limit: number, now = new Date()): Promise<CampaignSummary[]> {
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString()
  return (await fetchCms<Paginated<CampaignSummary>>('/api/campaigns', campaignQuery(limit, { 'where[endsOn][greater_than]': yesterday })))
    .docs
}

/** The published campaign with this slug, if the reader may see it. */
export async function findCampaign(slug: string): Promise<CampaignSummary | null> {
  if (!slugPattern.test(slug)) return null
  return (await fetchCms<Paginated<CampaignSummary>>('/api/campaigns', campaignQuery(1, { 'where[slug][equals]': slug }))).docs[0] ?? null
}
