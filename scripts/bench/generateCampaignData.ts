import type { Payload } from 'payload'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { storeOrganizationAncestors } from '../../cms/src/database/payloadTables'
import { buildArticle, buildCampaign } from '../../tests/support/factories'
import type { Logger } from '../launcher/createLogger'

/** The generated portal's size: 10,000 members in 200 branches (1 党委 → 10 党总支 → 200 党支部), 20 articles, one million reading events. */
export const campaignShape = { generals: 10, branches: 200, members: 10_000, items: 20, events: 1_000_000 }
const shape = campaignShape
// Nine in ten members have studied; the rest have not started.
const activeMembers = 9_000

const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1)

/**
 * Fills a migrated, empty database (through `payload` and its pool) with `campaignShape`: organizations,
 * members, articles, one campaign, the reading events with the reading_progress and study_daily rows they
 * add up to, check-ins, reflections and quiz attempts. Used by bench:campaigns and bench:backup.
 */
export async function generateCampaignData(payload: Payload, log: Logger) {
  const pool = databaseOf(payload)
  let started = performance.now()
  log.step(`生成组织（${shape.generals} 个党总支、${shape.branches} 个党支部）和 ${shape.members} 名党员…`)
  const root = (await pool.query<{ id: number }>(`insert into organizations (name, kind) values ('压测市委', 'committee') returning id`))
    .rows[0]?.id as number
  const below = await pool.query<{ id: number }>(
    `with generals as (
       insert into organizations (name, kind, parent_id)
       select '压测第' || g || '党总支', 'general', $1 from generate_series(1, $2) g returning id
     ), branches as (
       insert into organizations (name, kind, parent_id)
       select '压测第' || b || '党支部', 'branch', (select id from generals order by id offset (b - 1) % $2 limit 1)
       from generate_series(1, $3) b returning id
     )
     select id from generals union all select id from branches`,
    [root, shape.generals, shape.branches],
  )
  await storeOrganizationAncestors(
    pool,
    below.rows.map((row) => row.id),
  )
  await pool.query(
    `insert into users (name, email, role, organization_id)
     select (array['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + m % 10] || (array['建国','秀英','志强','丽','伟','芳','军','敏','静','磊'])[1 + (m / 10) % 10] || m,
       'bench-member-' || m || '@example.org', 'member', b.id
     from generate_series(0, $1 - 1) m
     join (select id, row_number() over (order by id) - 1 as position from organizations where kind = 'branch') b on b.position = m % $2`,
    [shape.members, shape.branches],
  )
  const organizer = await payload.create({
    collection: 'users',
    data: {
      name: '压测组织员',
      email: 'bench-organizer@example.org',
      password: 'bench-organizer-password',
      role: 'organizer',
      organization: root,
    },
  })
  const articles = []
  for (let item = 0; item < shape.items; item++)
    articles.push(await payload.create({ collection: 'articles', data: buildArticle({ _status: 'published' }) }))
  const today = Date.now()
  const campaign = await payload.create({
    collection: 'campaigns',
    data: buildCampaign(
      [root],
      articles.map((article) => ({ collection: 'articles' as const, id: article.id })),
      {
        title: '压测读书活动',
        startsOn: new Date(today - 29 * 86_400_000).toISOString(),
        endsOn: new Date(today + 1 * 86_400_000).toISOString(),
        rules: { checkInDays: 5, reflectionRequired: true, reflectionMinLength: 20 },
        quiz: {
          enabled: true,
          passMark: 60,
          maxAttempts: 3,
          questions: [
            {
              kind: 'trueFalse',
              prompt: '党员应按期交纳党费。',
              options: [
                { text: '正确', correct: true },
                { text: '错误', correct: false },
              ],
            },
          ],
        },
      },
    ),
  })
  log.step(
    `已生成组织、党员和活动（报名 ${(await pool.query('select count(*) from campaign_enrollments where campaign_id = $1', [campaign.id])).rows[0].count} 人），${seconds(started)} s`,
  )

  started = performance.now()
  log.step(`生成 ${shape.events.toLocaleString()} 条学习记录（reading_events），汇总 reading_progress 和 study_daily…`)
  // Member m (the m-th of the first 9,000) reads the first min(20, 1 + m % 23) items, spread over the campaign
  // so far; an item is completed once its 300 s and 90 % scroll are reached (4 in 23 read the whole list).
  const readers = (
    await pool.query<{ id: number }>(`select id from users where email like 'bench-member-%' order by id limit $1`, [activeMembers])
  ).rows.map((row) => row.id)
  // Arrays, not joins: generate_series has no row estimate the planner could join a million rows by.
  await pool.query(
    `insert into reading_events (id, user_id, collection, item_id, occurred_at, active_seconds, scroll_percent, credited_seconds, credited_at)
     select gen_random_uuid(), ($2::int[])[1 + g % $4], 'articles', ($3::int[])[1 + (g / $4) % least(20, 1 + (g % $4) % 23)],
       t.at, 60, least(100, 10 + (g / $4) * 3), 60, t.at
     from generate_series(0, $1 - 1) g,
       lateral (select now() - interval '29 days' + ((g / $4) * interval '6 hours') + (g % 360) * interval '1 minute' as at) t`,
    [shape.events, readers, articles.map((article) => article.id), activeMembers],
  )
  await pool.query(
    `insert into reading_progress (user_id, collection, item_id, active_seconds, max_scroll_percent, last_event_at, completed_at, updated_at)
     select user_id, collection, item_id, sum(active_seconds), max(scroll_percent), max(occurred_at),
       case when sum(active_seconds) >= 300 and max(scroll_percent) >= 90 then max(occurred_at) end, max(occurred_at)
     from reading_events group by user_id, collection, item_id`,
  )
  await pool.query(
    `insert into study_daily (user_id, day, kind, seconds, points)
     select user_id, ((occurred_at at time zone 'UTC') + interval '8 hours')::date, 'article', sum(active_seconds), 0
     from reading_events group by 1, 2`,
  )
  log.step(`学习记录已生成，${seconds(started)} s`)

  started = performance.now()
  log.step('生成打卡、心得和测验记录…')
  await pool.query(
    `insert into campaign_check_ins (campaign_id, member_id, organization_id, day, created_at)
     select e.campaign_id, e.member_id, e.organization_id, to_char(current_date - d, 'YYYY-MM-DD'), now() - d * interval '1 day'
     from campaign_enrollments e cross join generate_series(0, 9) d
     where e.campaign_id = $1 and d < e.member_id % 11`,
    [campaign.id],
  )
  await pool.query(
    `insert into campaign_reflections (campaign_id, member_id, organization_id, title, body, status, submitted_at)
     select campaign_id, member_id, organization_id, '学习体会', repeat('认真学习原著，深刻领会精神实质。', 10),
       case when member_id % 5 = 0 then 'draft' else 'submitted' end::enum_campaign_reflections_status,
       case when member_id % 5 = 0 then null else now() - (member_id % 20) * interval '1 day' end
     from campaign_enrollments where campaign_id = $1 and member_id % 10 < 6`,
    [campaign.id],
  )
  await pool.query(
    `insert into quiz_attempts (campaign_id, member_id, organization_id, number, seed, score, passed, submitted_at)
     select campaign_id, member_id, organization_id, n, member_id * 7 + n, (member_id * 13 + n * 29) % 101,
       (member_id * 13 + n * 29) % 101 >= 60, now() - (member_id % 15) * interval '1 day' + n * interval '1 hour'
     from campaign_enrollments cross join generate_series(1, 2) n
     where campaign_id = $1 and member_id % 2 = 0`,
    [campaign.id],
  )
  await pool.query('analyze')
  log.step(`已生成，${seconds(started)} s`)
  return { organizer, campaign }
}
