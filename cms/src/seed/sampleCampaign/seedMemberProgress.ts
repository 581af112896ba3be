import type { PoolClient } from '../../database/databaseOf'
import type { SampleProgressContext } from './sampleProgress'

/**
 * The sample member 13800000002 is half-way: two items read, a third started, three check-ins (not
 * today, so they can check in), a reflection draft and no quiz yet — what a member sees mid-campaign.
 */
export async function seedMemberProgress(client: PoolClient, memberId: number, context: SampleProgressContext): Promise<void> {
  const [first, second, third] = context.items
  const day = (offset: number, hour: number) => new Date(context.startsAt.getTime() + (offset * 24 + hour) * 3600_000)
  await client.query(
    `insert into reading_progress (user_id, collection, item_id, active_seconds, max_scroll_percent, last_event_at, completed_at, updated_at)
     values ($1, $2, $3, 540, 100, $8, $8, $8), ($1, $4, $5, 480, 100, $9, $9, $9), ($1, $6, $7, 150, 40, $10, null, $10)
     on conflict do nothing`,
    [
      memberId,
      first?.collection,
      first?.id,
      second?.collection,
      second?.id,
      third?.collection,
      third?.id,
      day(2, 20),
      day(5, 21),
      day(8, 20),
    ],
  )
  const days = [2, 5, context.elapsedDays - 1]
  await client.query(
    `insert into campaign_check_ins (campaign_id, member_id, organization_id, day, created_at, updated_at)
     select $1, u.id, u.organization_id, to_char(t at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), t, t
     from users u cross join unnest($3::timestamptz[]) as t where u.id = $2
     on conflict do nothing`,
    [context.campaignId, memberId, days.map((offset) => day(offset, 8))],
  )
  await client.query(
    `insert into campaign_reflections (campaign_id, member_id, organization_id, title, body, status, created_at, updated_at)
     select $1, u.id, u.organization_id, '读书笔记（草稿）', $3, 'draft', now(), now() from users u where u.id = $2
     on conflict do nothing`,
    [
      context.campaignId,
      memberId,
      '这几天读了《让理论学习成为日常功课》和“三会一课”工作规范，体会到学习要持之以恒。还要再读完讲座再补充……',
    ],
  )
}
