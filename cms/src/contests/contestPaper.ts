import type { PaperQuestion } from '@xuexi/contract/contests/ContestAttemptView'
import type { QuizQuestion } from '../campaigns/QuizQuestion'
import { shuffleQuiz } from '../campaigns/shuffleQuiz'
import type { ContestQuestion } from './ContestQuestion'

/**
 * The paper one attempt shows: its questions and their options in the order the attempt's seed draws
 * (the same shuffle as campaign quizzes, so a reload looks the same), without answers or explanations.
 */
export function contestPaper(questions: ContestQuestion[], seed: number): PaperQuestion[] {
  const kinds = new Map(questions.map((question) => [String(question.id), question.kind]))
  const asQuiz: QuizQuestion[] = questions.map((question) => ({
    id: String(question.id),
    // A blank has no options to shuffle; it travels as a choice question with none.
    kind: question.kind === 'fill' ? 'single' : question.kind,
    prompt: question.prompt,
    options: question.options.map((option) => ({ ...option, correct: false })),
  }))
  return shuffleQuiz(asQuiz, seed).map((shown) => ({
    id: Number(shown.id),
    kind: kinds.get(shown.id) ?? 'single',
    prompt: shown.prompt,
    options: shown.options,
  }))
}
