// PDF fonts often map common characters to look-alike radicals (e.g. ⽂ U+2F42 for 文 U+6587).
const radicals = /[\u2E80-\u2EFF\u2F00-\u2FDF]/g

/** Replaces Kangxi and supplementary radicals with the ideographs they stand for; other text is untouched. */
export function unifyRadicals(text: string): string {
  return text.replace(radicals, (radical) => radical.normalize('NFKC'))
}
