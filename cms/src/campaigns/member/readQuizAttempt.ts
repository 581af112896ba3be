import type { QuizAttemptView } from '@xuexi/contract/campaigns/QuizAttemptView'
import { cmsError } from '../../errors/cmsError'
import type { MemberCampaign } from './MemberCampaign'
import { type AttemptRow, presentQuizAttempt } from './presentQuizAttempt'
import { quizQuestionsOf } from './quizQuestionsOf'
import { attemptColumns, submittedAttemptsColumn } from './startQuizAttempt'

/** The member's own attempt `number`: its questions while open, its result once submitted. */
export async function readQuizAttempt(context: MemberCampaign, number: number): Promise<QuizAttemptView> {
  if (!context.enrolled) throw cmsError('campaign.notEnrolled', 403)
  const { rows } = await context.pool.query<AttemptRow & { submittedAttempts: number }>(
    `select ${attemptColumns}, ${submittedAttemptsColumn} from quiz_attempts where campaign_id = $1 and member_id = $2 and number = $3`,
    [context.plan.id, context.memberId, number],
  )
  if (!rows[0]) throw cmsError('campaign.quizAttemptUnknown', 404, { number })
  return presentQuizAttempt(context, await quizQuestionsOf(context.payload, context.campaign), rows[0], rows[0].submittedAttempts)
}
