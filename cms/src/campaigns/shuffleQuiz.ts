import type { QuizPaperQuestion } from '@xuexi/contract/campaigns/QuizAttemptView'
import type { QuizQuestion } from './QuizQuestion'

/**
 * The quiz as one attempt shows it: questions and their options in an order drawn from `seed`
 * (the same seed always gives the same order, so a reloaded attempt looks the same), with the
 * correct answers and explanations removed.
 */
export function shuffleQuiz(questions: QuizQuestion[], seed: number): QuizPaperQuestion[] {
  const random = mulberry32(seed)
  return shuffle(questions, random).map((question) => ({
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    // True/false keeps 正确 before 错误: shuffling two fixed choices only confuses.
    options: (question.kind === 'trueFalse' ? question.options : shuffle(question.options, random)).map(({ id, text }) => ({ id, text })),
  }))
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items]
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[result[index], result[other]] = [result[other] as T, result[index] as T]
  }
  return result
}

// A small, well-known seeded generator: shuffles must be reproducible, not secret.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}
