import type { ContestAttemptView } from '@xuexi/contract/contests/ContestAttemptView'
import { withTransaction } from '../../database/withTransaction'
import { cmsError } from '../../errors/cmsError'
import { closeContestAttempts } from '../closeContestAttempts'
import { loadContestQuestions } from '../contestQuestionBank'
import type { ContestAnswerInput } from './contestAnswersInput'
import { type ContestAttemptRow, findContestAttempt } from './contestAttemptRow'
import type { MemberContest } from './MemberContest'
import { presentContestAttempt } from './presentContestAttempt'
import { storeContestAnswers } from './storeContestAnswers'

/**
 * Hands in the member's own attempt `number`: stores the answers sent with it if the time has not run
 * out (after the deadline they are ignored and the paper is scored with what arrived before it), then
 * scores it on the server and updates the member's result. Handing in twice — a double tap, a retried
 * request, two tabs at once — scores once: the attempt's row lock serializes them and the second sees
 * it submitted and gets the same result. 404 when it is not the member's attempt.
 */
export async function submitContestAttempt(
  context: MemberContest,
  props: { number: number; answers: ContestAnswerInput[] },
): Promise<ContestAttemptView> {
  const where = { contestId: context.rules.id, memberId: context.memberId, number: props.number }
  const bank = await loadContestQuestions(
    context.payload,
    props.answers.map((answer) => answer.questionId),
  )
  const attempt = await withTransaction(context.pool, async (client) => {
    const open = await findContestAttempt(client, where, true)
    if (!open) throw cmsError('contest.attemptUnknown', 404, { number: props.number })
    if (open.submittedAt) return open
    if (!open.timeUp) await storeContestAnswers(client, bank, open, props.answers)
    await closeContestAttempts(client, where, context.rules.passScore)
    return (await findContestAttempt(client, where)) as ContestAttemptRow
  })
  return presentContestAttempt(context, attempt)
}
