/**
 * A fill-in answer as it is compared: full-width letters, digits and punctuation as half-width
 * (NFKC), spaces collapsed, trimmed, Latin letters lower-case — so “（ＡＢＣ）” equals “(abc)”.
 */
export function normalizeAnswerText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()
}
