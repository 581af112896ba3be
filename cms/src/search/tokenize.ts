/** A token of normalized text: a CJK bigram (or single character), or a Latin word or number. */
export interface TextToken {
  text: string
  /** Offset of the token's first character in the text. */
  start: number
  cjk: boolean
}

/** Whether a UTF-16 unit is a CJK ideograph (segmented into bigrams). */
export function isCjkCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)
}

/** Whether a character is a CJK ideograph. */
export function isCjk(char: string): boolean {
  return isCjkCode(char.charCodeAt(0))
}

/** Whether a UTF-16 unit belongs to a Latin word or number (2024, 5g, pdf; text is lower-cased). */
export function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)
}

/**
 * Walks normalized text the same way at index and query time: every run of CJK characters as
 * overlapping bigrams (a lone character as a unigram), every run of Latin letters and digits as
 * one token; everything else separates tokens. Calls `visit` per token without making strings.
 */
export function scanTokens(text: string, visit: (start: number, length: number, cjk: boolean) => void): void {
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (isCjkCode(code)) {
      let end = index + 1
      while (end < text.length && isCjkCode(text.charCodeAt(end))) end++
      if (end - index === 1) visit(index, 1, true)
      for (let start = index; start + 1 < end; start++) visit(start, 2, true)
      index = end
    } else if (isWordCode(code)) {
      let end = index + 1
      while (end < text.length && isWordCode(text.charCodeAt(end))) end++
      visit(index, end - index, false)
      index = end
    } else {
      index++
    }
  }
}

/** Whether a UTF-16 unit is white space (what `\s` matches), which never belongs to a searchable pair. */
export function isSpaceCode(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Calls `visit` for every adjacent pair of characters that the tokens above do not cover: a
 * character next to punctuation (`区。`, `“学`), or a Latin word next to an ideograph (`4年`).
 * The postings index these too, so a phrase that starts or ends at punctuation or cuts a number
 * still narrows the candidates instead of scanning every item.
 */
export function scanPairs(text: string, visit: (start: number) => void): void {
  for (let index = 0; index + 1 < text.length; index++) {
    const first = text.charCodeAt(index)
    const second = text.charCodeAt(index + 1)
    if (isSpaceCode(first) || isSpaceCode(second)) continue
    if ((isCjkCode(first) && isCjkCode(second)) || (isWordCode(first) && isWordCode(second))) continue
    visit(index)
  }
}

/** The tokens of normalized text (see `scanTokens`). */
export function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = []
  scanTokens(text, (start, length, isCjkToken) => tokens.push({ text: text.slice(start, start + length), start, cjk: isCjkToken }))
  return tokens
}
