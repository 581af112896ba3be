import type { BankQuestion } from './questionShape'

/**
 * Whether a response answers a question right: the exact set of correct option keys for choice
 * questions, `'true'`/`'false'` (the truth of the stem) for 判断, and any accepted text (normalized) for 填空.
 */
export function scoreQuestion(question: BankQuestion, response: readonly string[]): boolean {
  if (question.kind === 'trueFalse') return response.length === 1 && response[0] === String(question.answer.truth)
  if (question.kind === 'fill') {
    const given = normalizeAnswerText(response[0] ?? '')
    return given !== '' && question.answer.accepted.some((accepted) => normalizeAnswerText(accepted) === given)
  }
  const chosen = new Set(response)
  return chosen.size === question.answer.keys.length && question.answer.keys.every((key) => chosen.has(key))
}

/**
 * A fill-in answer as it is compared: full-width letters, digits and punctuation as half-width
 * (NFKC), spaces collapsed, trimmed, Latin letters lower-case — so “（ＡＢＣ）” equals “(abc)”.
 */
export function normalizeAnswerText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()
}
