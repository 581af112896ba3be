import type { PoolClient } from 'pg'
import type { PointsRule } from '../../tracking/pointsKinds'

/** Adds one occurrence's points of a kind (check-in, quiz) to the member's study day, never beyond the day's cap. */
export async function awardStudyPoints(
  client: PoolClient,
  props: { memberId: number; day: string; kind: 'checkIn' | 'quiz'; rule: PointsRule },
): Promise<void> {
  await client.query(
    `insert into study_daily as d (user_id, day, kind, seconds, points) values ($1, $2, $3, 0, least($4::int, $5::int))
     on conflict (user_id, day, kind) do update set points = least($5::int, d.points + $4::int)`,
    [props.memberId, props.day, props.kind, props.rule.points, props.rule.dailyCap],
  )
}
