import { withTransaction } from '../../database/withTransaction'
import { cmsError } from '../../errors/cmsError'
import { loadContestQuestions } from '../contestQuestionBank'
import type { ContestAnswerInput } from './contestAnswersInput'
import { findContestAttempt } from './contestAttemptRow'
import type { MemberContest } from './MemberContest'
import { storeContestAnswers } from './storeContestAnswers'

/**
 * Saves one answer on the member's own open attempt `number` while its time runs (per-question saving,
 * so a dropped connection loses at most the last tap). 404 not the member's attempt, 409 submitted or time up.
 */
export async function answerContestQuestion(
  context: MemberContest,
  props: { number: number; answer: ContestAnswerInput },
): Promise<{ saved: boolean; deadlineAt: string }> {
  const bank = await loadContestQuestions(context.payload, [props.answer.questionId])
  return withTransaction(context.pool, async (client) => {
    const attempt = await findContestAttempt(
      client,
      { contestId: context.rules.id, memberId: context.memberId, number: props.number },
      true,
    )
    if (!attempt) throw cmsError('contest.attemptUnknown', 404, { number: props.number })
    if (attempt.submittedAt) throw cmsError('contest.attemptSubmitted', 409, { number: props.number })
    if (attempt.timeUp) throw cmsError('contest.timeUp', 409)
    const saved = await storeContestAnswers(client, bank, attempt, [props.answer])
    return { saved: saved > 0, deadlineAt: attempt.deadlineAt.toISOString() }
  })
}
