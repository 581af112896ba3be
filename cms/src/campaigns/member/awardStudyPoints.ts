import type { PoolClient } from '../../database/databaseOf'
import type { PointsRule } from '../../tracking/pointsRules'

/**
 * Adds `units` occurrences' points (default one) of a kind (check-in, quiz, daily-quiz right answer)
 * to the member's study day, never beyond the day's cap.
 */
export async function awardStudyPoints(
  client: PoolClient,
  props: { memberId: number; day: string; kind: 'checkIn' | 'quiz' | 'dailyQuiz'; rule: PointsRule; units?: number },
): Promise<void> {
  const points = props.rule.points * (props.units ?? 1)
  await client.query(
    `insert into study_daily as d (user_id, day, kind, seconds, points) values ($1, $2, $3, 0, least($4::int, $5::int))
     on conflict (user_id, day, kind) do update set points = least($5::int, d.points + $4::int)`,
    [props.memberId, props.day, props.kind, points, props.rule.dailyCap],
  )
}
