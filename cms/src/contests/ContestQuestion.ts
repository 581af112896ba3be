import type { PaperQuestion } from '@xuexi/contract/contests/ContestAttemptView'
import type { BankQuestion } from '../questions/questionShape'

/** One bank question as a contest uses it: what the paper shows, and what scores it (never sent before submitting). */
export interface ContestQuestion extends PaperQuestion {
  /** The correct option ids, or for fill-in-the-blank the accepted texts. */
  answer: string[]
  explanation: string | null
  /** The bank question itself, scored with the bank's `scoreQuestion`. */
  source: BankQuestion
}
