import { pinyin } from 'pinyin-pro'
import { isCjk } from './tokenize'

/** The toneless pinyin of each character of a normalized title; empty for characters that are not CJK. */
export function titleSyllables(title: string): string[] {
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'spaced' })
  if (syllables.length !== title.length) return [...title].map((char) => (isCjk(char) ? pinyin(char, { toneType: 'none' }) : ''))
  return syllables.map((syllable, index) => (isCjk(title[index] as string) ? syllable.toLowerCase() : ''))
}
