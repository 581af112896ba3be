// Position of a CJK unit in a dense numbering (U+3400–U+9FFF, then U+F900–U+FAFF): below 2^15.
function cjkOrdinal(code: number): number {
  return code >= 0xf900 ? code - 0xf900 + 0x6c00 : code - 0x3400
}

/**
 * A compact postings key for a token: CJK bigrams and unigrams become small integers (no string is
 * made per occurrence while indexing 30 M characters, and V8 keeps them unboxed), Latin words stay strings.
 */
export function tokenKey(text: string, start: number, length: number, isCjkToken: boolean): number | string {
  if (!isCjkToken) return text.slice(start, start + length)
  const first = cjkOrdinal(text.charCodeAt(start))
  return length === 1 ? -1 - first : first * 0x8000 + cjkOrdinal(text.charCodeAt(start + 1))
}

/** The postings key of an adjacent pair from `scanPairs`: below every token key, so they never collide. */
export function pairKey(text: string, start: number): number {
  return -0x100000 - (text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1))
}
