import type { questionKinds } from './questionKinds'

/** A question as a member sees it before answering: no answer key, no explanation, no passage. */
export interface QuestionView {
  id: number
  kind: (typeof questionKinds)[number]
  stem: string
  options: Array<{ key: string; text: string }>
}

/** A question after the member answered it: their response, whether it was right, the key and where to read more. */
export interface QuestionReview extends QuestionView {
  response: string[]
  correct: boolean
  answer: { keys: string[]; truth: boolean; accepted: string[] }
  explanation: string | null
  source: { title: string; href: string } | null
}
