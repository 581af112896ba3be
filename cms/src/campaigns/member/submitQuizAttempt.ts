import type { QuizAttemptView } from '@xuexi/contract/campaigns/QuizAttemptView'
import { withTransaction } from '../../database/withTransaction'
import { cmsError } from '../../errors/cmsError'
import type { PointsRules } from '../../tracking/pointsRules'
import type { QuizAnswers } from '../QuizQuestion'
import { scoreQuiz } from '../scoreQuiz'
import { awardStudyPoints } from './awardStudyPoints'
import type { MemberCampaign } from './MemberCampaign'
import { requireParticipant } from './MemberCampaign'
import { type AttemptRow, presentQuizAttempt } from './presentQuizAttempt'
import { quizQuestionsOf } from './quizQuestionsOf'
import { attemptColumns, submittedAttemptsColumn } from './startQuizAttempt'

/**
 * Scores and closes the member's own open attempt `number`. Another number, an attempt already
 * submitted, or one never started are refused and nothing changes. The first pass earns quiz study points.
 */
export async function submitQuizAttempt(
  context: MemberCampaign,
  props: { number: number; answers: QuizAnswers; rules: PointsRules },
): Promise<QuizAttemptView> {
  requireParticipant(context)
  if (!context.plan.quiz.enabled) throw cmsError('campaign.quizDisabled', 409)
  const questions = await quizQuestionsOf(context.payload, context.campaign)
  const scored = scoreQuiz(questions, props.answers, context.plan.quiz.passMark)
  const attempt = await withTransaction(context.pool, async (client) => {
    // The subqueries see the table as it was before this update: this attempt counts as not yet submitted.
    const { rows } = await client.query<AttemptRow & { passedBefore: boolean; submittedAttempts: number }>(
      `update quiz_attempts q set answers = $4, score = $5, passed = $6, submitted_at = now(), updated_at = now()
       where campaign_id = $1 and member_id = $2 and number = $3 and submitted_at is null
       returning ${attemptColumns}, exists (select 1 from quiz_attempts o where o.campaign_id = $1 and o.member_id = $2
         and o.passed and o.number <> $3) as "passedBefore", ${submittedAttemptsColumn}`,
      [context.plan.id, context.memberId, props.number, JSON.stringify(props.answers), scored.score, scored.passed],
    )
    const row = rows[0]
    if (!row) {
      const { rows: existing } = await client.query(
        `select 1 from quiz_attempts where campaign_id = $1 and member_id = $2 and number = $3`,
        [context.plan.id, context.memberId, props.number],
      )
      throw existing.length > 0
        ? cmsError('campaign.quizAttemptSubmitted', 409, { number: props.number })
        : cmsError('campaign.quizAttemptUnknown', 404, { number: props.number })
    }
    if (scored.passed && !row.passedBefore) {
      await awardStudyPoints(client, { memberId: context.memberId, day: context.today, kind: 'quiz', rule: props.rules.quiz })
    }
    return row
  })
  return presentQuizAttempt(context, questions, attempt, attempt.submittedAttempts + 1)
}
