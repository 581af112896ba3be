import type { AttemptQuestionView, ContestAttemptView } from '@xuexi/contract/contests/ContestAttemptView'
import { contestPaper } from '../contestPaper'
import { loadContestQuestions } from '../contestQuestionBank'
import { attemptAnswers, type ContestAttemptRow } from './contestAttemptRow'
import type { MemberContest } from './MemberContest'

/**
 * An attempt as the member sees it, in the order its seed draws: an open one with the choices saved so
 * far and never an answer; a submitted one with the score, and once no attempt is left or the contest is
 * over, per question whether it was right, the correct answer and the explanation. An attempt `justStarted`
 * (inserted by this request) has no choices yet, so they are not read.
 */
export async function presentContestAttempt(
  context: MemberContest,
  attempt: ContestAttemptRow,
  { now = new Date(), justStarted = false } = {},
): Promise<ContestAttemptView> {
  const [bank, chosen] = await Promise.all([
    loadContestQuestions(context.payload, attempt.questionIds),
    justStarted ? new Map<number, { chosen: string[]; correct: boolean }>() : attemptAnswers(context.pool, attempt.id),
  ])
  const questions = attempt.questionIds.flatMap((id) => bank.get(id) ?? [])
  const submitted = attempt.submittedAt !== null
  const answersRevealed = submitted && (attempt.number >= context.rules.maxAttempts || context.phase === 'ended')
  const shown = contestPaper(questions, attempt.seed).map((question): AttemptQuestionView => {
    const stored = chosen.get(question.id)
    const full = bank.get(question.id)
    if (!answersRevealed || !full) return { ...question, chosen: stored?.chosen ?? [] }
    return {
      ...question,
      chosen: stored?.chosen ?? [],
      correct: stored?.correct ?? false,
      answer: full.answer,
      explanation: full.explanation,
    }
  })
  return {
    contestId: context.rules.id,
    number: attempt.number,
    maxAttempts: context.rules.maxAttempts,
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt.toISOString(),
    secondsLeft: submitted ? 0 : Math.max(0, Math.floor((attempt.deadlineAt.getTime() - now.getTime()) / 1000)),
    submitted,
    score: attempt.score,
    correctCount: attempt.correctCount,
    passed: attempt.score === null ? null : attempt.score >= context.rules.passScore,
    durationSeconds: attempt.durationMs === null ? null : Math.round(attempt.durationMs / 1000),
    answersRevealed,
    questions: shown,
  }
}
