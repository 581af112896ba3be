import { studyDay } from '@xuexi/contract/chinaTime'
import type { User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { buildArticle, createUser, lexicalBody } from '../support/factories'
import { buildHeartbeat, heartbeatSeries, recordAs, summaryOf } from '../support/heartbeats'
import { testPayload } from '../support/testPayload'
import { publishedArticle, publishedVideo } from '../support/trackedItems'

let payload: Payload
let pool: Pool
// Noon (China time) of today's study day: tests about "today" never straddle midnight.
const noon = new Date(`${studyDay(new Date())}T04:00:00Z`)

beforeAll(async () => {
  payload = await testPayload()
  pool = databaseOf(payload)
})

const rowCount = async (table: string, member: User) =>
  Number((await pool.query(`select count(*) from ${table} where user_id = $1`, [member.id])).rows[0].count)

describe('recording reading events', () => {
  it('adds active time and scroll depth to the member’s progress and study day', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload)
    const events = heartbeatSeries(article, 4, (index) => ({ scrollPercent: 20 * (index + 1) }), 15, noon)
    const result = await recordAs(payload, member, events, noon)
    expect(result).toMatchObject({ accepted: 4, duplicates: 0, completed: [] })
    const summary = await summaryOf(payload, member, noon)
    expect(summary.seconds).toEqual({ today: 60, week: 60, total: 60 })
    expect(summary.inProgress).toMatchObject([{ itemId: article.id, activeSeconds: 60 }])
    expect(summary.streak).toBe(1)
  })

  it('ignores a heartbeat it already stored (same id), however often it is sent again', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload)
    const events = heartbeatSeries(article, 3)
    await recordAs(payload, member, events)
    const again = await recordAs(payload, member, [...events, ...events])
    expect(again).toMatchObject({ accepted: 0, duplicates: 6 })
    expect(await rowCount('reading_events', member)).toBe(3)
    expect((await summaryOf(payload, member)).seconds.total).toBe(45)
  })

  it('credits a heartbeat only for the time not yet credited since the member’s previous one', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload)
    const now = new Date()
    const events = [
      buildHeartbeat(article, { activeSeconds: 10, occurredAt: new Date(now.getTime() - 20_000) }),
      buildHeartbeat(article, { activeSeconds: 60, occurredAt: now }),
    ]
    // The visit began with the earliest claim, a minute ago: 70 s claimed, 60 s passed.
    expect(await recordAs(payload, member, events, now)).toMatchObject({ accepted: 2 })
    expect((await summaryOf(payload, member, now)).seconds.total).toBe(60)
  })

  it('writes nothing when one heartbeat in the batch is refused', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload)
    const now = new Date()
    const events = [
      buildHeartbeat(article, { activeSeconds: 10, occurredAt: new Date(now.getTime() - 20_000) }),
      buildHeartbeat(article, { activeSeconds: 10, occurredAt: new Date(now.getTime() + 3_600_000) }),
    ]
    await expect(recordAs(payload, member, events, now)).rejects.toMatchObject({ status: 422, data: { code: 'tracking.futureTimestamp' } })
    expect(await rowCount('reading_events', member)).toBe(0)
    expect(await rowCount('reading_progress', member)).toBe(0)
    expect(await rowCount('study_daily', member)).toBe(0)
  })

  it('does not let two open pages both count the same minutes', async () => {
    const member = await createUser(payload, 'member')
    const [first, second] = [await publishedArticle(payload), await publishedArticle(payload)]
    const at = new Date()
    await recordAs(payload, member, [buildHeartbeat(first, { activeSeconds: 30, occurredAt: at })], at)
    expect(await recordAs(payload, member, [buildHeartbeat(second, { activeSeconds: 30, occurredAt: at })], at)).toMatchObject({
      accepted: 1,
    })
    expect((await summaryOf(payload, member, at)).seconds.total).toBe(30)
  })

  it('refuses items that do not exist or that the member may not read', async () => {
    const member = await createUser(payload, 'member')
    const draft = await payload.create({ collection: 'articles', data: buildArticle() })
    for (const item of [
      { collection: 'articles' as const, id: 999_999 },
      { collection: 'articles' as const, id: draft.id },
    ]) {
      await expect(recordAs(payload, member, [buildHeartbeat(item)])).rejects.toMatchObject({ data: { code: 'tracking.unknownItem' } })
    }
  })
})

describe('completion', () => {
  it('completes a text after enough active time and scrolling to the end, and never takes it back', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload)
    const end = new Date()
    const start = new Date(end.getTime() - 3_600_000)
    // 140 s of reading to the end is not yet half of the five minutes.
    const short = heartbeatSeries(article, 7, () => ({ scrollPercent: 100 }), 20, start)
    expect((await recordAs(payload, member, short)).completed).toEqual([])
    const more = heartbeatSeries(article, 1, () => ({ scrollPercent: 100 }), 20, new Date(start.getTime() + 60_000))
    expect((await recordAs(payload, member, more)).completed).toEqual([{ collection: 'articles', itemId: article.id }])
    await recordAs(payload, member, [buildHeartbeat(article, { activeSeconds: 5, scrollPercent: 0, occurredAt: end })])
    const summary = await summaryOf(payload, member)
    expect(summary.completed).toMatchObject([{ itemId: article.id, percent: 100 }])
    expect(summary.inProgress).toEqual([])
  })

  it('does not complete a long text read quickly without scrolling to its end', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload)
    const result = await recordAs(
      payload,
      member,
      heartbeatSeries(article, 12, () => ({ scrollPercent: 50 }), 20),
    )
    expect(result.completed).toEqual([])
    expect((await summaryOf(payload, member)).inProgress).toMatchObject([{ itemId: article.id, percent: 55 }])
  })

  it('counts a medium’s distinct seconds played: replays count once, seeking to the end earns nothing', async () => {
    const member = await createUser(payload, 'member')
    const video = await publishedVideo(payload, '1:40')
    const start = new Date(Date.now() - 600_000)
    const seek = heartbeatSeries(video, 2, (index) => ({ watched: index === 0 ? [[0, 10]] : [[90, 100]] }), 15, start)
    const replay = heartbeatSeries(video, 2, () => ({ watched: [[0, 15]] }), 15, new Date(start.getTime() + 60_000))
    await recordAs(payload, member, [...seek, ...replay])
    const progress = await pool.query('select watched::text, completed_at from reading_progress where user_id = $1', [member.id])
    expect(progress.rows[0]).toEqual({ watched: '{[0,15),[90,100)}', completed_at: null })

    const rest = heartbeatSeries(
      video,
      6,
      (index) => ({ watched: [[15 + index * 15, 30 + index * 15]] }),
      15,
      new Date(start.getTime() + 300_000),
    )
    expect((await recordAs(payload, member, rest)).completed).toEqual([{ collection: 'videos', itemId: video.id }])
  })

  it('takes a medium’s length from the player when the CMS has none, and cuts played ranges to it', async () => {
    const member = await createUser(payload, 'member')
    const video = await publishedVideo(payload, null)
    const played = heartbeatSeries(
      video,
      4,
      (index) => ({ watched: [[index * 15, index * 15 + 15]], mediaSeconds: 50 }),
      15,
      new Date(Date.now() - 600_000),
    )
    expect((await recordAs(payload, member, played)).completed).toEqual([{ collection: 'videos', itemId: video.id }])
    const progress = await pool.query('select watched::text, media_seconds from reading_progress where user_id = $1', [member.id])
    expect(progress.rows[0]).toEqual({ watched: '{[0,50)}', media_seconds: 50 })
  })
})

describe('points', () => {
  it('grants points per unit of study time up to the daily cap', async () => {
    const member = await createUser(payload, 'member')
    const article = await publishedArticle(payload, { body: lexicalBody('学'.repeat(40_000)) })
    // 40 minutes of reading in one day: 40 points by the unit, but the reading cap is 10.
    await recordAs(
      payload,
      member,
      heartbeatSeries(article, 40, () => ({}), 60, noon),
      noon,
    )
    const summary = await summaryOf(payload, member, noon)
    expect(summary.seconds.today).toBe(2400)
    expect(summary.points.caps).toContainEqual({ kind: 'reading', points: 10, dailyCap: 10 })
    expect(summary.points.today).toBe(10)
  })
})

describe('members see only their own records', () => {
  it('keeps one member’s progress, history and favorites out of another’s summary', async () => {
    const [reader, other] = [await createUser(payload, 'member'), await createUser(payload, 'member')]
    const article = await publishedArticle(payload)
    await recordAs(payload, reader, heartbeatSeries(article, 2))
    await pool.query('insert into favorites (user_id, collection, item_id) values ($1, $2, $3)', [reader.id, 'articles', article.id])
    const theirs = await summaryOf(payload, other)
    expect(theirs.seconds.total).toBe(0)
    expect(theirs.inProgress).toEqual([])
    expect(theirs.favorites).toEqual([])
    expect(theirs.history).toEqual([])
    expect((await summaryOf(payload, reader)).favorites).toMatchObject([{ itemId: article.id }])
  })
})
