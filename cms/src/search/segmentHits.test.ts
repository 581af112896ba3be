import { describe, expect, it } from 'vitest'
import { type Random, seededRandom } from '../../../scripts/fuzz/seededRandom'
import { buildSearchDocument as buildDocument } from './buildSearchDocument'
import { normalizeText } from './normalizeText'
import { anonymousReader } from './Reader'
import type { SearchDocument } from './SearchDocument'
import { SearchIndex } from './SearchIndex'
import { searchLibrary } from './searchLibrary'
import { searchParamsSchema } from './searchParams'

// Few distinct characters, so bigrams repeat, phrases recur across items and almost-matches abound:
// ideographs, Latin letters and digits (words that queries cut), punctuation (pairs) and spaces.
const alphabet = [...'党建工作学习党党建建', ...'ab12', ...'，。-', ' ']

function randomText(random: Random, length: number): string {
  return Array.from({ length }, () => random.pick(alphabet)).join('')
}

// Bodies of up to three postings blocks, so phrases straddle block edges too.
function randomDocuments(random: Random, count: number): SearchDocument[] {
  return Array.from({ length: count }, () =>
    buildDocument({
      title: randomText(random, random.int(1, 12)),
      summary: randomText(random, random.int(0, 30)),
      body: randomText(random, random.int(0, 1500)),
    }),
  )
}

// What the index searches: the normalized text (full-width `，` becomes `,`, capitals lower-case).
const texts = new WeakMap<SearchDocument, string>()
function textOf(doc: SearchDocument): string {
  const text = texts.get(doc) ?? normalizeText(`${doc.title}\n${doc.summary}\n${doc.body}`)
  texts.set(doc, text)
  return text
}

// What the index must answer, found by reading every text: each live item holding the segment, and where first.
function bruteForce(documents: readonly SearchDocument[], segment: string): Array<[string, number]> {
  return documents.flatMap((doc) => {
    const first = textOf(doc).indexOf(segment)
    return first < 0 ? [] : [[doc.slug, first] as [string, number]]
  })
}

function indexed(index: SearchIndex, segment: string): Array<[string, number]> {
  const hits = index.slotsContaining(segment)
  return hits.slots.flatMap((slot, position) => {
    const item = index.item(slot)
    return item ? [[item.doc.slug, hits.firsts[position] as number] as [string, number]] : []
  })
}

// The segments the index answers otherwise than the brute-force search, with both answers.
function differences(index: SearchIndex, documents: readonly SearchDocument[], segments: readonly string[]) {
  return segments.flatMap((segment) => {
    const [found, expected] = [indexed(index, segment), bruteForce(documents, segment)]
    return JSON.stringify(found) === JSON.stringify(expected) ? [] : [{ segment, found, expected }]
  })
}

// Segments a reader could type: cut from the texts (so they occur), or random (so most do not).
function randomSegments(random: Random, documents: readonly SearchDocument[], count: number): string[] {
  const segments: string[] = []
  while (segments.length < count) {
    const text = random.chance(0.7) ? textOf(random.pick(documents)) : normalizeText(randomText(random, 12))
    const length = random.int(1, 10)
    const start = random.int(0, Math.max(0, text.length - length))
    const segment = text.slice(start, start + length)
    if (segment !== '' && !/\s/.test(segment)) segments.push(segment)
  }
  return segments
}

describe('finding a phrase by its tokens’ positions', () => {
  it('finds exactly the items a brute-force substring search finds, and where each phrase first occurs', () => {
    const random = seededRandom(16)
    const documents = randomDocuments(random, 120)
    const index = new SearchIndex(documents)
    expect(differences(index, documents, randomSegments(random, documents, 600))).toEqual([])
  })

  it('stays exact for repeated bigrams, two-character phrases, Latin and digits mixed with ideographs', () => {
    const documents = [
      buildDocument({ slug: 'repeats', body: '哈哈哈哈，党党建党党建建' }),
      buildDocument({ slug: 'numbers', body: '2024年的学习计划与5g网络,a1-b2。x' }),
      buildDocument({ slug: 'words', body: 'abc abcd 12ab ab12' }),
    ]
    const index = new SearchIndex(documents)
    const segments = [
      '哈哈',
      '哈哈哈',
      '哈哈哈哈',
      '哈哈哈哈哈',
      '党党建',
      '党建建',
      '党党建建',
      '建党',
      '24年',
      '2024年的',
      '4年',
      '5g网',
      'g网络',
      'a1-b2',
      '1-b',
      '-b2。x',
      'bc',
      'abcd',
      '2ab',
      'b1',
    ]
    expect(differences(index, documents, segments)).toEqual([])
  })

  it('finds nothing for a phrase longer than any item, nor for one that only spans two items', () => {
    // 512 characters exactly: the next item's positions follow this one's without a gap.
    const first = buildDocument({ slug: 'first', title: 'x', summary: '', body: `${'学'.repeat(507)}甲乙` })
    const second = buildDocument({ slug: 'second', title: '丙丁', summary: '', body: '' })
    expect(textOf(first)).toHaveLength(512)
    // 乙丙 is common elsewhere, so 甲乙 and 丙丁 alone prove the phrase; the rarer of them leads.
    for (const elsewhere of ['乙丙乙丙乙丙乙丙 甲乙甲乙', '乙丙乙丙乙丙乙丙 丙丁丙丁']) {
      const index = new SearchIndex([first, second, buildDocument({ slug: 'third', body: elsewhere })])
      expect(indexed(index, '甲乙丙丁'), elsewhere).toEqual([])
      expect(indexed(index, '学'.repeat(100))).toEqual([['first', 3]])
      expect(indexed(index, `${'学'.repeat(99)}甲乙丙`)).toEqual([])
    }
  })

  it('stays exact for items added, replaced and removed after the build', () => {
    const random = seededRandom(17)
    const documents = randomDocuments(random, 60)
    const index = new SearchIndex(documents.slice(0, 30))
    for (const doc of documents.slice(30)) index.upsert(doc)
    const replaced = documents.slice(0, 10).map((doc) => ({ ...doc, body: randomText(random, 200) }))
    for (const doc of replaced) index.upsert(doc)
    for (const doc of documents.slice(50)) index.remove(doc)
    // In slot order: a replaced item takes a new slot after every other.
    const live = [...documents.slice(10, 50), ...replaced]
    expect(differences(index, live, randomSegments(random, live, 300))).toEqual([])
  })

  it('counts every match in the total, for queries of several parts too', () => {
    const random = seededRandom(18)
    const documents = randomDocuments(random, 80)
    const index = new SearchIndex(documents)
    const segments = randomSegments(random, documents, 200)
    for (let at = 0; at + 1 < segments.length; at += 2) {
      const query = random.chance(0.5) ? (segments[at] as string) : `${segments[at]} ${segments[at + 1]}`
      const expected = documents.filter((doc) => query.split(' ').every((part) => textOf(doc).includes(part))).length
      expect(searchLibrary({ index, reader: anonymousReader, params: searchParamsSchema.parse({ q: query }) }).total, query).toBe(expected)
    }
  })
})
