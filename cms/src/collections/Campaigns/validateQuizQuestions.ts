import { t } from '../../i18n/messages'

interface DraftQuestion {
  kind?: string | null
  options?: Array<{ correct?: boolean | null }> | null
}

/**
 * A quiz that is switched on needs at least one question, written here or picked from the bank; a single-choice or true/false question
 * exactly one correct option (true/false exactly two options), a multiple-choice question at least one.
 */
export function validateQuizQuestions(
  value: unknown,
  { siblingData }: { siblingData: { enabled?: boolean | null; bankQuestions?: unknown[] | null } },
): true | string {
  if (!siblingData.enabled) return true
  const questions = (Array.isArray(value) ? value : []) as DraftQuestion[]
  if (questions.length === 0 && (siblingData.bankQuestions ?? []).length === 0) return t('campaign.quizEmpty')
  for (const [index, question] of questions.entries()) {
    const options = question.options ?? []
    const correct = options.filter((option) => option.correct).length
    const number = index + 1
    if (question.kind === 'trueFalse' && options.length !== 2) return t('campaign.trueFalseOptions', { number })
    if (question.kind === 'multiple' ? correct < 1 : correct !== 1) return t('campaign.correctOptions', { number })
  }
  return true
}
