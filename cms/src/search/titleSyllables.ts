import { createRequire } from 'node:module'
import { isCjk } from './tokenize'

type PinyinPro = typeof import('pinyin-pro')

// pinyin-pro's dictionary takes a few hundred ms of a starting process to load; a restarted search process
// reads its titles' syllables from the snapshot and needs pinyin only for items it places later: loaded then.
let loaded: PinyinPro | undefined
const pinyinPro = (): PinyinPro => {
  loaded ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro
  return loaded
}

/** The toneless pinyin of each character of a normalized title; empty for characters that are not CJK. */
export function titleSyllables(title: string): string[] {
  const { pinyin } = pinyinPro()
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'spaced' })
  if (syllables.length !== title.length) return [...title].map((char) => (isCjk(char) ? pinyin(char, { toneType: 'none' }) : ''))
  return syllables.map((syllable, index) => (isCjk(title[index] as string) ? syllable.toLowerCase() : ''))
}
