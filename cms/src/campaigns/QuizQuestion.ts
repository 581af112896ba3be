/** One quiz question as an organizer writes it; options carry stable ids so answers survive shuffling. */
export interface QuizQuestion {
  id: string
  kind: 'single' | 'multiple' | 'trueFalse'
  prompt: string
  options: Array<{ id: string; text: string; correct: boolean }>
  explanation?: string | null
}

/** A member's answer: the option ids they chose for each question id. */
export type QuizAnswers = Record<string, string[]>
