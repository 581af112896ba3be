/** Where a pinyin query matches a title: the character range it stands for. */
export interface PinyinMatch {
  start: number
  end: number
}

/**
 * Finds a pinyin query in a title's syllables: whole syllables spelled out (`dangjian` → 党建; the last
 * may be unfinished while typing) or initials of at least two characters (`djgz` → 党建工作).
 */
export function matchPinyin(syllables: readonly string[], query: string): PinyinMatch | undefined {
  if (!/^[a-z]{2,}$/.test(query)) return undefined
  for (let start = 0; start < syllables.length; start++) {
    if (!syllables[start]) continue
    const spelled = spelledFrom(syllables, start, query)
    if (spelled !== undefined) return { start, end: spelled }
    if (initialsFrom(syllables, start, query)) return { start, end: start + query.length }
  }
  return undefined
}

function spelledFrom(syllables: readonly string[], start: number, query: string): number | undefined {
  let offset = 0
  let index = start
  while (offset < query.length) {
    const syllable = syllables[index]
    if (!syllable) return undefined
    const rest = query.slice(offset)
    if (rest.startsWith(syllable)) offset += syllable.length
    else if (syllable.startsWith(rest) && index > start) offset = query.length
    else return undefined
    index++
  }
  return index
}

function initialsFrom(syllables: readonly string[], start: number, query: string): boolean {
  for (let offset = 0; offset < query.length; offset++) {
    if (syllables[start + offset]?.[0] !== query[offset]) return false
  }
  return true
}
