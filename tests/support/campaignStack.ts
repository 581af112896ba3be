import type { Campaign } from '@xuexi/contract/payload-types'
import pg from 'pg'
import { inject } from 'vitest'
import { apiJson, loginToken, stackUrl } from './cmsApi'
import { buildArticle, buildCampaign, uniqueId } from './factories'

/** A member created on the stack in an organization, signed in. */
export interface CampaignMember {
  id: number
  name: string
  email: string
  password: string
  token: string
}

async function created<T>(pathname: string, token: string, body: unknown): Promise<T> {
  const { status, body: answer } = await apiJson<{ doc: T }>(pathname, { token, method: 'POST', body })
  if (status !== 201) throw new Error(`POST ${pathname}: HTTP ${status} ${JSON.stringify(answer)}`)
  return answer.doc
}

/** Creates a member (or an organizer) of an organization through the REST API (as admin) and signs them in. */
export async function createCampaignMember(
  adminToken: string,
  organization: number,
  role: 'member' | 'organizer' = 'member',
): Promise<CampaignMember> {
  const id = uniqueId()
  const credentials = { email: `reader-${id}@example.org`, password: 'correct-horse-battery' }
  const user = await created<{ id: number; name: string }>('/api/users', adminToken, {
    ...credentials,
    name: `${role === 'member' ? '读者' : '组织员'}${id.slice(0, 4)}`,
    role,
    organization,
  })
  return { id: user.id, name: user.name, ...credentials, token: await loginToken(credentials) }
}

/** A committee with two branches, a published article, and a campaign for branch A (override any field). */
export async function createCampaignSetting(adminToken: string, overrides: Partial<Campaign> = {}) {
  const committee = await created<{ id: number; name: string }>('/api/organizations', adminToken, { name: `活动党委 ${uniqueId()}` })
  const branchA = await created<{ id: number; name: string }>('/api/organizations', adminToken, {
    name: `第一支部 ${uniqueId()}`,
    parent: committee.id,
  })
  const branchB = await created<{ id: number; name: string }>('/api/organizations', adminToken, {
    name: `第二支部 ${uniqueId()}`,
    parent: committee.id,
  })
  const article = await created<{ id: number; slug: string; title: string }>(
    '/api/articles',
    adminToken,
    buildArticle({ _status: 'published' }),
  )
  const campaign = await created<Campaign>(
    '/api/campaigns',
    adminToken,
    buildCampaign([branchA.id], [{ collection: 'articles', id: article.id }], overrides),
  )
  return { committee, branchA, branchB, article, campaign }
}

/** Marks an item completed for a member directly in the stack's database (as the tracker would after reading it). */
export async function completeItemOnStack(memberId: number, item: { collection: string; id: number }): Promise<void> {
  const client = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
  await client.connect()
  try {
    await client.query(
      `insert into reading_progress (user_id, collection, item_id, active_seconds, max_scroll_percent, last_event_at, completed_at)
       values ($1, $2, $3, 600, 100, now(), now()) on conflict (user_id, collection, item_id) do update set completed_at = now()`,
      [memberId, item.collection, item.id],
    )
  } finally {
    await client.end()
  }
}

/** GETs a portal page as a signed-in member (their session cookie). */
export async function fetchPageAs(pathname: string, token: string): Promise<{ status: number; html: string }> {
  const response = await fetch(stackUrl(pathname), { headers: { cookie: `payload-token=${token}` }, redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}
