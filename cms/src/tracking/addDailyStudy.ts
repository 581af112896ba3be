import type { PoolClient } from 'pg'
import { pointsForSeconds } from './pointsForSeconds'
import type { PointsRule } from './pointsKinds'

/**
 * Adds study seconds to a member's total for one day and kind, and raises that day's points to what
 * the rule grants for the new total (capped; points already earned are never taken back).
 */
export async function addDailyStudy(
  client: PoolClient,
  props: { memberId: number; day: string; kind: 'reading' | 'watching'; seconds: number; rule: PointsRule },
): Promise<void> {
  const { rows } = await client.query<{ seconds: number; points: number }>(
    `insert into study_daily as d (user_id, day, kind, seconds, points) values ($1, $2, $3, $4, 0)
     on conflict (user_id, day, kind) do update set seconds = d.seconds + excluded.seconds
     returning seconds, points`,
    [props.memberId, props.day, props.kind, props.seconds],
  )
  const [day] = rows as [{ seconds: number; points: number }]
  const earned = pointsForSeconds(day.seconds, props.rule)
  if (earned > day.points) {
    await client.query('update study_daily set points = $4 where user_id = $1 and day = $2 and kind = $3', [
      props.memberId,
      props.day,
      props.kind,
      earned,
    ])
  }
}
