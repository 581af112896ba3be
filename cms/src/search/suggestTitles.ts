import type { SearchType } from '@xuexi/contract/search/SearchResponse'
import { canReaderSee } from './canReaderSee'
import { matchPinyin } from './matchPinyin'
import { normalizeText } from './normalizeText'
import type { Reader } from './Reader'
import type { SearchIndex } from './SearchIndex'
import type { SuggestParams } from './searchParams'

/** A title suggested while typing. */
export interface TitleSuggestion {
  type: SearchType
  title: string
  url: string
}

/**
 * Titles the reader may see that contain what was typed (or spell it in pinyin): titles starting
 * with it first, then shorter titles, then newer items.
 */
export function suggestTitles({ index, reader, params }: { index: SearchIndex; reader: Reader; params: SuggestParams }): TitleSuggestion[] {
  const typed = normalizeText(params.q).replace(/\s+/g, ' ')
  const found: Array<{ position: number; title: string; type: SearchType; slug: string; publishedAt: number }> = []
  for (const item of index.all()) {
    if (!canReaderSee(item.doc, reader)) continue
    const position = item.title.indexOf(typed)
    const pinyin = position < 0 ? matchPinyin(item.syllables, typed) : undefined
    if (position < 0 && !pinyin) continue
    found.push({ position: position >= 0 ? position : (pinyin?.start ?? 0), ...item.doc })
  }
  return found
    .sort((a, b) => Number(a.position > 0) - Number(b.position > 0) || a.title.length - b.title.length || b.publishedAt - a.publishedAt)
    .slice(0, params.limit)
    .map((entry) => ({ type: entry.type, title: entry.title, url: `/${entry.type}/${entry.slug}` }))
}
