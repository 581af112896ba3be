import { addDays } from '@xuexi/contract/chinaTime'

/** Days during which a question answered right does not come back in the daily quiz. */
export const recentDays = 14

/** What the draw knows about one member. */
export interface DrawInput {
  /** Questions the member may see, newest first. */
  visible: number[]
  /** The member's wrong-answer book: each question and the study day it was last answered wrong. */
  wrong: Array<{ questionId: number; lastWrongDay: string }>
  /** The study day each question was last answered by the member (any context). */
  lastAnswered: Map<number, string>
  today: string
  size: number
}

/**
 * The daily quiz draw (每日答题抽题规则), among the questions the member may see:
 * 1. wrong-book questions last answered wrong before today come back, the oldest first, up to half
 *    the paper (rounded up);
 * 2. then questions the member has never answered, the newest first;
 * 3. then questions last answered more than `recentDays` days ago, the longest ago first;
 * 4. then more wrong-book questions, if the paper is still short.
 * A question answered right within `recentDays` days never comes back; nothing repeats within a paper.
 */
export function drawDailyQuestions(input: DrawInput): number[] {
  const visible = new Set(input.visible)
  const due = input.wrong
    .filter((entry) => visible.has(entry.questionId) && entry.lastWrongDay < input.today)
    .sort((a, b) => a.lastWrongDay.localeCompare(b.lastWrongDay) || a.questionId - b.questionId)
    .map((entry) => entry.questionId)
  const inBook = new Set(input.wrong.map((entry) => entry.questionId))
  const fresh = input.visible.filter((id) => !input.lastAnswered.has(id))
  const staleBefore = addDays(input.today, -recentDays)
  const stale = input.visible
    .filter((id) => !inBook.has(id) && (input.lastAnswered.get(id) ?? input.today) < staleBefore)
    .sort((a, b) => (input.lastAnswered.get(a) ?? '').localeCompare(input.lastAnswered.get(b) ?? ''))
  const firstDue = due.slice(0, Math.ceil(input.size / 2))
  const paper = [...new Set([...firstDue, ...fresh, ...stale, ...due])]
  return paper.slice(0, input.size)
}
