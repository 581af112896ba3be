import { randomInt } from 'node:crypto'
import type { QuizAttemptView } from '@xuexi/contract/campaigns/QuizAttemptView'
import { cmsError } from '../../errors/cmsError'
import type { MemberCampaign } from './MemberCampaign'
import { requireParticipant } from './MemberCampaign'
import { type AttemptRow, presentQuizAttempt } from './presentQuizAttempt'
import { quizQuestionsOf } from './quizQuestionsOf'

/** The columns of `quiz_attempts` that make an `AttemptRow`. */
export const attemptColumns = `number::int as number, seed::bigint::float8 as seed, answers, submitted_at as "submittedAt"`

/** How many of `$2`'s attempts at campaign `$1` are submitted, as a column of a query on `quiz_attempts`. */
export const submittedAttemptsColumn = `(select count(*)::int from quiz_attempts s where s.campaign_id = $1 and s.member_id = $2
  and s.submitted_at is not null) as "submittedAttempts"`

/**
 * Starts the member's next quiz attempt with its own shuffle, or returns the attempt still open (a
 * reload shows the same order). Refused when the quiz is off or every allowed attempt is used.
 */
export async function startQuizAttempt(context: MemberCampaign): Promise<QuizAttemptView> {
  requireParticipant(context)
  if (!context.plan.quiz.enabled) throw cmsError('campaign.quizDisabled', 409)
  const questions = await quizQuestionsOf(context.payload, context.campaign)
  const { rows } = await context.pool.query<AttemptRow>(
    `select ${attemptColumns} from quiz_attempts where campaign_id = $1 and member_id = $2 order by number desc limit 1`,
    [context.plan.id, context.memberId],
  )
  const last = rows[0]
  if (last && !last.submittedAt) return presentQuizAttempt(context, questions, last, 0)
  const number = (last?.number ?? 0) + 1
  if (number > context.plan.quiz.maxAttempts) throw cmsError('campaign.quizAttemptsUsed', 409, { max: context.plan.quiz.maxAttempts })
  // Two tabs starting at once race for the same number; the unique index lets one win, the other reads it.
  const inserted = await context.pool.query<AttemptRow>(
    `insert into quiz_attempts (campaign_id, member_id, organization_id, number, seed, passed, updated_at, created_at)
     values ($1, $2, $3, $4, $5, false, now(), now()) on conflict (campaign_id, member_id, number) do nothing
     returning ${attemptColumns}`,
    [context.plan.id, context.memberId, context.organizationId, number, randomInt(1, 2 ** 31)],
  )
  const attempt =
    inserted.rows[0] ??
    (
      await context.pool.query<AttemptRow>(
        `select ${attemptColumns} from quiz_attempts where campaign_id = $1 and member_id = $2 and number = $3`,
        [context.plan.id, context.memberId, number],
      )
    ).rows[0]
  return presentQuizAttempt(context, questions, attempt as AttemptRow, 0)
}
