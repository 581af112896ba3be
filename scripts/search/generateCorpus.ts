import type { SearchDocument } from '../../cms/src/search/SearchDocument'

/** A small deterministic pseudo-random generator (mulberry32), so every run sees the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `count` long Chinese documents recombined from the clauses of `source` (the sample library): each
 * about `bodyChars` characters of body, a title, a summary, keywords, topics and a date, so the text
 * reads like the library's own and its character and bigram frequencies match it.
 */
export function generateCorpus(
  source: readonly SearchDocument[],
  count: number,
  options: { seed: number; bodyChars: number },
): SearchDocument[] {
  const random = seededRandom(options.seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const clauses = source
    .flatMap((doc) => doc.body.split(/(?<=[，。；！？])/).map((clause) => clause.trim()))
    .filter((clause) => clause.length >= 4)
  const titles = source.map((doc) => doc.title)
  const keywords = source.flatMap((doc) => doc.summary.split('\n').slice(1)).filter((word) => word.length <= 8)
  const topics = [...new Map(source.flatMap((doc) => doc.topics).map((topic) => [topic.slug, topic])).values()]
  const issuers = [...new Set(source.map((doc) => doc.issuer).filter((issuer): issuer is string => !!issuer))]
  const paragraph = (chars: number) => {
    let text = ''
    while (text.length < chars) text += pick(clauses)
    return text
  }
  const start = Date.UTC(2019, 0, 1)
  const span = Date.UTC(2026, 10, 1) - start
  return Array.from({ length: count }, (_, index) => {
    const type = pick(['articles', 'articles', 'policies', 'videos', 'lectures', 'announcements'] as const)
    const body = Array.from({ length: Math.ceil(options.bodyChars / 300) }, () => paragraph(300)).join('\n')
    const title = `${pick(clauses)
      .replace(/[，。；！？]$/, '')
      .slice(0, 18)}——${pick(titles).slice(0, 12)}`
    return {
      type,
      id: 100_000 + index,
      slug: `generated-${index + 1}`,
      title,
      summary: [paragraph(90), pick(keywords), pick(keywords)].join('\n'),
      body,
      publishedAt: start + Math.floor(random() * span),
      topics: [pick(topics)],
      issuer: type === 'policies' ? pick(issuers) : undefined,
      validity: type === 'policies' ? pick(['current', 'revised', 'repealed'] as const) : undefined,
      visibility: 'public',
      organizationIds: [],
    }
  })
}
