import * as OpenCC from 'opencc-js/t2cn'

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })
// Folded form of every UTF-16 unit, filled on first sight (0 = not yet known).
const table = new Uint16Array(0x10000)

// One unit in, one unit out: offsets in normalized text are offsets in the original, so a match
// found in normalized text highlights the same characters of what the reader sees.
function fold(code: number): number {
  const known = table[code] as number
  if (known !== 0) return known
  let result = code
  if (code >= 0xff01 && code <= 0xff5e) result = code - 0xfee0
  else if (code === 0x3000) result = 0x20
  const lower = String.fromCharCode(result).toLowerCase()
  if (lower.length === 1) result = lower.charCodeAt(0)
  const simplified = toSimplified(String.fromCharCode(result))
  if (simplified.length === 1) result = simplified.charCodeAt(0)
  table[code] = result
  return result
}

/**
 * The form text is indexed and matched in: traditional characters as simplified (黨建 → 党建),
 * full-width letters and digits as ASCII, Latin lower-case. Same length as the input.
 */
export function normalizeText(text: string): string {
  let changed = -1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (fold(code) !== code) {
      changed = index
      break
    }
  }
  if (changed < 0) return text
  const codes = new Uint16Array(text.length)
  for (let index = 0; index < text.length; index++) codes[index] = fold(text.charCodeAt(index))
  return new TextDecoder('utf-16le').decode(codes)
}
