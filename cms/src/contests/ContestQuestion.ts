import type { BankQuestion } from '../questions/questionShape'

/** One bank question as a contest uses it: what the paper shows, and what scores it (never sent before submitting). */
export interface ContestQuestion {
  id: number
  kind: 'single' | 'multiple' | 'trueFalse' | 'fill'
  prompt: string
  /** Choices with stable ids (the bank's letters), empty for fill-in-the-blank. */
  options: Array<{ id: string; text: string }>
  /** The correct option ids, or for fill-in-the-blank the accepted texts. */
  answer: string[]
  explanation: string | null
  /** The bank question itself, scored with the bank's `scoreQuestion`. */
  source: BankQuestion
}

/** A question as the paper shows it: no answer, no explanation. */
export type PaperQuestion = Pick<ContestQuestion, 'id' | 'kind' | 'prompt' | 'options'>
