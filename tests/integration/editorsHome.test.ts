import type { User } from '@xuexi/contract/payload-types'
import type { TrackedCollection } from '@xuexi/contract/study/trackedCollections'
import { createLocalReq, type Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { mostRead, readMostRead } from '../../cms/src/editor/home/mostRead'
import { organizationWeek } from '../../cms/src/editor/home/organizationWeek'
import { createOrganization, createUser } from '../support/factories'
import { buildHeartbeat, recordAs } from '../support/heartbeats'
import { testPayload } from '../support/testPayload'
import { publishedArticle } from '../support/trackedItems'

// The study records here lie in 2031, so the reading other test files record (today) stays out of
// every period these tests look at.
let payload: Payload
let pool: Pool
let admin: User

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
  admin = await createUser(payload, 'admin')
})

type Item = { collection: TrackedCollection; id: number }
const hours = (count: number) => count * 3_600_000
const requestAs = (user: User) => createLocalReq({ user: { ...user, collection: 'users' } }, payload)

/** The member studies the item for `seconds` ending at `at`, through the tracking path (credited). */
async function studies(member: User, item: Item, at: Date, seconds = 30) {
  await recordAs(payload, member, [buildHeartbeat(item, { occurredAt: at, activeSeconds: seconds })], new Date(at.getTime() + 5_000))
}

describe('the most read items on the editors’ home', () => {
  const now = new Date('2031-06-15T04:00:00Z')
  const ago = (ms: number) => new Date(now.getTime() - ms)
  let items: Record<'inWeek' | 'weekEdge' | 'inMonth' | 'tooOld', Item>

  beforeAll(async () => {
    items = {
      inWeek: await publishedArticle(payload),
      weekEdge: await publishedArticle(payload),
      inMonth: await publishedArticle(payload),
      tooOld: await publishedArticle(payload),
    }
    const [first, second, third] = [
      await createUser(payload, 'member'),
      await createUser(payload, 'member'),
      await createUser(payload, 'member'),
    ]
    await studies(first, items.inWeek, ago(hours(2)), 30)
    await studies(second, items.inWeek, ago(hours(3)), 30)
    await studies(first, items.inWeek, ago(hours(4)), 30)
    await studies(first, items.weekEdge, ago(hours(7 * 24 - 1)), 45)
    await studies(first, items.inMonth, ago(hours(7 * 24 + 1)), 20)
    await studies(second, items.inMonth, ago(hours(8 * 24)), 20)
    await studies(third, items.inMonth, ago(hours(29 * 24)), 20)
    await studies(first, items.tooOld, ago(hours(30 * 24 + 1)), 60)
  })

  const reading = (item: Item, readers: number, seconds: number) => ({ collection: item.collection, itemId: item.id, readers, seconds })

  it('counts distinct readers and credited time of the last 7 days, up to the period’s first hour', async () => {
    expect(await readMostRead(pool, { now, days: 7, limit: 10 })).toEqual([reading(items.inWeek, 2, 90), reading(items.weekEdge, 1, 45)])
  })

  it('counts the last 30 days, ranking by readers, and leaves out older reading', async () => {
    expect(await readMostRead(pool, { now, days: 30, limit: 10 })).toEqual([
      reading(items.inMonth, 3, 60),
      reading(items.inWeek, 2, 90),
      reading(items.weekEdge, 1, 45),
    ])
  })

  it('is bounded by its limit', async () => {
    expect(await readMostRead(pool, { now, days: 30, limit: 2 })).toHaveLength(2)
  })

  it('shows the items with their titles and links to exactly those items in the admin list', async () => {
    const block = await mostRead(await requestAs(admin), { now, days: 30 })
    const titles = await Promise.all(
      [items.inMonth, items.inWeek, items.weekEdge].map(async ({ id }) => (await payload.findByID({ collection: 'articles', id })).title),
    )
    expect(block.items.map((item) => item.title)).toEqual(titles)
    expect(block.items[0]?.detail).toBe('3 人学习 · 1 分钟')
    expect(block.items[0]?.href).toBe(`/admin/collections/articles/${items.inMonth.id}`)
    expect(block.lists).toHaveLength(1)
    const listUrl = new URL(block.lists[0]?.href ?? '', 'http://portal')
    expect(listUrl.pathname).toBe('/admin/collections/articles')
    expect([0, 1, 2].map((index) => Number(listUrl.searchParams.get(`where[id][in][${index}]`))).sort((a, b) => a - b)).toEqual(
      [items.inMonth.id, items.inWeek.id, items.weekEdge.id].sort((a, b) => a - b),
    )
  })
})

describe('members’ reading by organization this week', () => {
  // Wednesday 2031-03-12, noon in China: the study week began on Monday 2031-03-10 at 00:00 China time (Sunday 16:00 UTC).
  const now = new Date('2031-03-12T04:00:00Z')
  let tree: Record<'root' | 'school' | 'schoolBranch' | 'bureau', { id: number; name: string }>
  let organizer: User

  beforeAll(async () => {
    const root = await createOrganization(payload, '测试市直机关工委')
    const school = await createOrganization(payload, '测试党校党委', root.id)
    const schoolBranch = await createOrganization(payload, '测试教研部党支部', school.id)
    const bureau = await createOrganization(payload, '测试教育局党委', root.id)
    tree = { root, school, schoolBranch, bureau }
    organizer = await createUser(payload, 'organizer', { organization: root.id })
    const item = await publishedArticle(payload)
    const inBranch = await createUser(payload, 'member', { organization: schoolBranch.id })
    const inSchool = await createUser(payload, 'member', { organization: school.id })
    const inBureau = await createUser(payload, 'member', { organization: bureau.id })
    // Monday 00:30 in China is still Sunday in UTC: it belongs to this week.
    await studies(inBranch, item, new Date('2031-03-09T16:30:00Z'), 60)
    await studies(inBranch, item, new Date('2031-03-11T02:00:00Z'), 60)
    await studies(inSchool, item, new Date('2031-03-12T03:00:00Z'), 120)
    // Sunday 23:30 in China: last week, not counted.
    await studies(inBureau, item, new Date('2031-03-09T15:30:00Z'), 300)
    // Another tree's member: outside the organizer's reach.
    const elsewhere = await createOrganization(payload, '测试其他党委')
    await studies(await createUser(payload, 'member', { organization: elsewhere.id }), item, new Date('2031-03-11T01:00:00Z'), 600)
  })

  it('gives an organizer a row per branch below their organization, in China time weeks, counting each reader once', async () => {
    const block = await organizationWeek(await requestAs(organizer), now)
    expect(block.items.map((row) => [row.title, row.detail])).toEqual([
      [tree.school.name, '2 人 · 4 分钟'],
      [tree.bureau.name, '0 人 · 0 分钟'],
    ])
    expect(block.items.map((row) => row.title).join()).not.toContain('测试其他党委')
  })

  it('starts the week on Monday at midnight China time, while it is still Sunday in UTC', async () => {
    const mondayMorning = new Date('2031-03-09T16:45:00Z')
    const block = await organizationWeek(await requestAs(organizer), mondayMorning)
    expect(block.items.map((row) => [row.title, row.detail])).toEqual([
      [tree.school.name, '1 人 · 1 分钟'],
      [tree.bureau.name, '0 人 · 0 分钟'],
    ])
  })

  it('links an organizer to the members of each branch, its sub-branches included', async () => {
    const block = await organizationWeek(await requestAs(organizer), now)
    const listUrl = new URL(block.items[0]?.href ?? '', 'http://portal')
    expect(listUrl.pathname).toBe('/admin/collections/users')
    const ids = [0, 1].map((index) => Number(listUrl.searchParams.get(`where[organization][in][${index}]`))).sort((a, b) => a - b)
    expect(ids).toEqual([tree.school.id, tree.schoolBranch.id].sort((a, b) => a - b))
  })

  it('gives staff the top-level organizations, without links to members an editor may not list', async () => {
    const editor = await createUser(payload, 'editor')
    const block = await organizationWeek(await requestAs(editor), now)
    const row = block.items.find((item) => item.title === tree.root.name)
    expect(row?.detail).toBe('2 人 · 4 分钟')
    expect(row?.href).toBeUndefined()
    expect(block.lists).toEqual([])
  })
})
