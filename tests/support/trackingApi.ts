import type { TrackedCollection } from '@xuexi/contract/study/trackedCollections'
import pg from 'pg'
import { inject } from 'vitest'
import { openVisit, signVisitTicket, visitKeyOf } from '../../cms/src/tracking/visitTicket'
import { apiJson, createUserViaApi, loginToken, stackUrl } from './cmsApi'
import { testSecret } from './testSecret'

/** A member on the test stack: id, credentials and a session token. */
export interface StackMember {
  id: number
  email: string
  password: string
  token: string
}

/** Creates a member through the REST API and signs them in. */
export async function createStackMember(adminToken: string): Promise<StackMember> {
  const member = await createUserViaApi(adminToken, 'member')
  return { ...member, token: await loginToken(member) }
}

/** The id of a sample-library item by slug. */
export async function itemIdOf(collection: string, slug: string): Promise<number> {
  const { body } = await apiJson<{ docs: Array<{ id: number }> }>(`/api/${collection}?where[slug][equals]=${slug}&depth=0`)
  const id = body.docs[0]?.id
  if (id === undefined) throw new Error(`no ${collection} with slug ${slug} in the sample library`)
  return id
}

/** Opens a study visit as the portal does when it renders the item's page for the member: its ticket and start (server time). */
export async function openStackVisit(member: StackMember, collection: TrackedCollection, itemId: number) {
  const { status, body } = await apiJson<{ visit: string; startedAt: string }>(`/api/study/visit/${collection}/${itemId}`, {
    token: member.token,
  })
  if (status !== 200) throw new Error(`could not open a visit: HTTP ${status}`)
  return { ticket: body.visit, startedAt: new Date(body.startedAt) }
}

/** The ticket of a visit the stack's CMS opened at `startedAt` (signed with the stack's secret): for tests of what a visit earns over time. */
export function visitOpenedAt(member: { id: number }, collection: TrackedCollection, itemId: number, startedAt: Date): string {
  return signVisitTicket(visitKeyOf(testSecret), openVisit({ memberId: member.id, collection, itemId }, startedAt))
}

/** POSTs a raw body to the ingestion endpoint as the member (or anonymously). */
export async function postHeartbeats(body: unknown, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(stackUrl('/api/reading-events'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

/** Rows the stack's database holds for a member in a tracking table. */
export async function trackingRows(table: 'reading_events' | 'reading_progress' | 'study_daily' | 'favorites', memberId: number) {
  const client = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>(`select count(*) from ${table} where user_id = $1`, [memberId])
    return Number(rows[0]?.count ?? 0)
  } finally {
    await client.end()
  }
}

/** Everything the stack credited a member: study days (points, leaderboards) and progress per item (completion, checklists). */
export async function creditedTotals(memberId: number) {
  const client = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
  await client.connect()
  try {
    const { rows } = await client.query<{ daily: number; progress: number; watched: number; completed: string[] }>(
      `select (select coalesce(sum(seconds), 0) from study_daily where user_id = $1)::int as daily,
         (select coalesce(sum(active_seconds), 0) from reading_progress where user_id = $1)::int as progress,
         (select coalesce(sum(upper(r) - lower(r)), 0) from reading_progress p, unnest(p.watched) r where p.user_id = $1)::int as watched,
         array(select collection || ':' || item_id from reading_progress where user_id = $1 and completed_at is not null) as completed`,
      [memberId],
    )
    return rows[0] as { daily: number; progress: number; watched: number; completed: string[] }
  } finally {
    await client.end()
  }
}
