import type { ContestQuestion } from './ContestQuestion'

// Full-width and half-width forms, spaces and a trailing full stop do not make a blank wrong.
const normalized = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[。.]$/, '')
    .toLowerCase()

/**
 * Whether `chosen` answers the question: for choices exactly the correct option ids (no partial credit),
 * for a blank one text equal to an accepted answer once normalized.
 */
export function answerIsCorrect(question: ContestQuestion, chosen: readonly string[]): boolean {
  if (question.kind === 'fill') {
    const given = chosen[0]
    return given !== undefined && question.answer.some((accepted) => normalized(accepted) === normalized(given))
  }
  const picked = new Set(chosen)
  return picked.size === question.answer.length && question.answer.every((id) => picked.has(id))
}
