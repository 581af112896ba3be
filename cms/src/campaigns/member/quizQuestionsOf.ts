import type { Campaign } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { ContestQuestion } from '../../contests/ContestQuestion'
import { loadContestQuestions } from '../../contests/contestQuestionBank'
import { idOf } from '../../utilities/idOf'
import type { QuizQuestion } from '../QuizQuestion'

/**
 * The campaign's quiz questions, with the answers (so only for scoring and revealed results): the
 * questions picked from the bank (from the bank's cache, as contests read them; ids `bank-<id>`) and
 * then those written into the campaign (the stable ids of their rows). `campaign` is read with access
 * overridden, since both hold the answers.
 */
export async function quizQuestionsOf(payload: Payload, campaign: Campaign): Promise<QuizQuestion[]> {
  const bankIds = (campaign.quiz?.bankQuestions ?? []).map((question) => Number(idOf(question)))
  const bank = bankIds.length === 0 ? new Map<number, ContestQuestion>() : await loadContestQuestions(payload, bankIds)
  const picked = bankIds.flatMap((id) => {
    const question = bank.get(id)
    return question && question.kind !== 'fill' ? [bankQuizQuestion(question, question.kind)] : []
  })
  const written = (campaign.quiz?.questions ?? []).map((question, index) => ({
    id: question.id ?? `q${index}`,
    kind: question.kind,
    prompt: question.prompt,
    options: (question.options ?? []).map((option, optionIndex) => ({
      id: option.id ?? `o${optionIndex}`,
      text: option.text,
      correct: option.correct === true,
    })),
    explanation: question.explanation ?? null,
  }))
  return [...picked, ...written]
}

/** How many questions the quiz asks, without loading the bank. */
export function quizQuestionCount(campaign: Campaign): number {
  return (campaign.quiz?.bankQuestions ?? []).length + (campaign.quiz?.questions ?? []).length
}

function bankQuizQuestion(question: ContestQuestion, kind: QuizQuestion['kind']): QuizQuestion {
  return {
    id: `bank-${question.id}`,
    kind,
    prompt: question.prompt,
    options: question.options.map((option) => ({ ...option, correct: question.answer.includes(option.id) })),
    explanation: question.explanation,
  }
}
