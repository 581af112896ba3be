import type { Campaign } from '../../payload-types'
import type { QuizQuestion } from '../QuizQuestion'

/** The campaign's quiz questions with the stable ids of their rows (read with access overridden: they hold the answers). */
export function quizQuestionsOf(campaign: Campaign): QuizQuestion[] {
  return (campaign.quiz?.questions ?? []).map((question, index) => ({
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
}
