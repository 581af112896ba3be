import { awardStudyPoints } from '../../campaigns/member/awardStudyPoints'
import type { PoolClient } from '../../database/databaseOf'
import type { PointsRule } from '../../tracking/pointsRules'

/**
 * Awards the `dailyQuiz` points (积分规则 · 每日答题（答对）) for right answers to bank questions —
 * the daily quiz and topic quizzes share the rule and its daily cap — and returns how many points
 * the member actually got (fewer, or none, once the day's cap is reached). Runs in the caller's transaction.
 */
export async function awardQuizPoints(
  client: PoolClient,
  props: { memberId: number; day: string; rule: PointsRule; correctCount: number },
): Promise<number> {
  const before = await quizPoints(client, props.memberId, props.day)
  if (props.correctCount > 0) {
    await awardStudyPoints(client, {
      memberId: props.memberId,
      day: props.day,
      kind: 'dailyQuiz',
      rule: props.rule,
      units: props.correctCount,
    })
  }
  return (await quizPoints(client, props.memberId, props.day)) - before
}

async function quizPoints(client: PoolClient, memberId: number, day: string): Promise<number> {
  const { rows } = await client.query<{ points: number }>(
    `select points from study_daily where user_id = $1 and day = $2 and kind = 'dailyQuiz'`,
    [memberId, day],
  )
  return rows[0]?.points ?? 0
}
