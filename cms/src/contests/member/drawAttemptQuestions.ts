import { randomInt } from 'node:crypto'
import { cmsError } from '../../errors/cmsError'
import { drawablePool } from '../contestQuestionBank'
import type { MemberContest } from './MemberContest'

/** The question ids of a new attempt: the fixed list, or for a drawn contest so many of each difficulty at random. */
export async function drawAttemptQuestions(context: MemberContest): Promise<number[]> {
  const { rules } = context
  if (rules.selection === 'fixed') {
    if (rules.questionIds.length === 0) throw cmsError('contest.noQuestions', 409)
    return rules.questionIds
  }
  const pool = await drawablePool(context.payload, rules)
  const drawn = (['easy', 'medium', 'hard'] as const).flatMap((difficulty) => pick(pool[difficulty], rules.draw[difficulty]))
  if (drawn.length === 0) throw cmsError('contest.noQuestions', 409)
  return drawn
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
