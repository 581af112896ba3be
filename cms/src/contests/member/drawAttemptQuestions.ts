import { randomInt } from 'node:crypto'
import { drawablePool } from '../contestQuestionBank'
import type { MemberContest } from './MemberContest'

/**
 * The question ids of a new attempt: the fixed list, or for a drawn contest so many of each difficulty at
 * random; empty when the contest has none to give (starting then is refused, `contest.noQuestions`).
 */
export async function drawAttemptQuestions(context: MemberContest): Promise<number[]> {
  const { rules } = context
  if (rules.selection === 'fixed') return rules.questionIds
  const pool = await drawablePool(context.payload, rules)
  return (['easy', 'medium', 'hard'] as const).flatMap((difficulty) => pick(pool[difficulty], rules.draw[difficulty]))
}

// A partial Fisher–Yates: the first `count` places of a shuffled copy.
function pick(ids: readonly number[], count: number): number[] {
  const copy = [...ids]
  const take = Math.min(count, copy.length)
  for (let index = 0; index < take; index++) {
    const other = randomInt(index, copy.length)
    ;[copy[index], copy[other]] = [copy[other] as number, copy[index] as number]
  }
  return copy.slice(0, take)
}
