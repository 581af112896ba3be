import { normalizeText } from '../../cms/src/search/normalizeText'
import { anonymousReader } from '../../cms/src/search/Reader'
import type { SearchDocument } from '../../cms/src/search/SearchDocument'
import { SearchIndex } from '../../cms/src/search/SearchIndex'
import { searchLibrary } from '../../cms/src/search/searchLibrary'
import { searchParamsSchema } from '../../cms/src/search/searchParams'
import { generateCorpus, seededRandom } from './generateCorpus'
import { sampleLibraryDocuments } from './sampleLibraryDocuments'

// `npm run eval:search`: the sample library plus a generated corpus; random exact substrings of 2–8
// characters from random documents, domain terms, and terms absent from the corpus. Targets (issue 5):
// success@10 100 %, P@10 100 %, 0 hits for absent terms. Every query is also checked against a brute
// force scan, so a missed document shows up as recall below 100 %.
const generatedCount = 2000
const substringQueries = 1000
const domainTerms = [
  '党建',
  '党支部',
  '三会一课',
  '主题党日',
  '为民办实事',
  '学习型党组织',
  '红色家风',
  '党风廉政建设',
  '党组织书记',
  '2026年',
  '中发',
  '调查研究',
]
const absentTerms = ['量子纠缠', '区块链挖矿', '火星殖民计划', '股票期货', '网红直播带货', 'zzqxw', '黑洞蒸发', '恐龙化石']

const sample = await sampleLibraryDocuments()
const documents = [...sample, ...generateCorpus(sample, generatedCount, { seed: 20261122, bodyChars: 3100 })]
const fullText = new Map(documents.map((doc) => [`${doc.type}/${doc.slug}`, normalizeText(`${doc.title}\n${doc.summary}\n${doc.body}`)]))
const index = new SearchIndex(documents)
const random = seededRandom(5)

// A substring a reader could remember: no line break or space inside, at least one letter, digit or ideograph.
function randomSubstring(): { query: string; source: SearchDocument } {
  for (;;) {
    const source = documents[Math.floor(random() * documents.length)] as SearchDocument
    const text = [source.title, source.summary, source.body][Math.floor(random() * 3)] as string
    const length = 2 + Math.floor(random() * 7)
    if (text.length < length) continue
    const start = Math.floor(random() * (text.length - length + 1))
    const query = text.slice(start, start + length)
    if (!/\s/.test(query) && /[\p{L}\p{N}]/u.test(query)) return { query, source }
  }
}

interface Outcome {
  success: boolean
  precision: number
  recall: number
  total: number
}

function evaluate(query: string, source?: SearchDocument): Outcome {
  const needle = normalizeText(query)
  const response = searchLibrary({ index, reader: anonymousReader, params: searchParamsSchema.parse({ q: query, limit: 10 }) })
  const contains = response.results.map((result) => fullText.get(`${result.type}/${result.slug}`)?.includes(needle) ?? false)
  const expected = [...fullText.values()].filter((text) => text.includes(needle)).length
  const top = response.results.map((result) => `${result.type}/${result.slug}`)
  const hasSource = source ? top.includes(`${source.type}/${source.slug}`) : false
  return {
    success: response.results.length > 0 ? hasSource || contains.every(Boolean) : expected === 0,
    precision: contains.length ? contains.filter(Boolean).length / contains.length : expected === 0 ? 1 : 0,
    recall: expected === 0 ? 1 : Math.min(response.total, expected) / expected,
    total: response.total,
  }
}

const substringOutcomes = Array.from({ length: substringQueries }, () => {
  const { query, source } = randomSubstring()
  return evaluate(query, source)
})
const domainOutcomes = domainTerms.map((term) => {
  if (![...fullText.values()].some((text) => text.includes(normalizeText(term))))
    throw new Error(`domain term “${term}” is not in the corpus`)
  return evaluate(term)
})
const absentHits = absentTerms.reduce((hits, term) => {
  if ([...fullText.values()].some((text) => text.includes(normalizeText(term))))
    throw new Error(`“${term}” is in the corpus; choose another absent term`)
  return hits + evaluate(term).total
}, 0)

const answered = [...substringOutcomes, ...domainOutcomes]
const percent = (value: number) => `${(value * 100).toFixed(1)}%`
const success = answered.filter((outcome) => outcome.success).length / answered.length
const precision = answered.reduce((sum, outcome) => sum + outcome.precision, 0) / answered.length
const recall = answered.reduce((sum, outcome) => sum + outcome.recall, 0) / answered.length
console.log(`documents: ${documents.length} (${sample.length} sample + ${generatedCount} generated)`)
console.log(`substring queries: ${substringOutcomes.length}, domain terms: ${domainOutcomes.length}, absent terms: ${absentTerms.length}`)
for (const [term, outcome] of domainTerms.map((term, position) => [term, domainOutcomes[position] as Outcome] as const)) {
  console.log(`  ${term}: ${outcome.total} hits`)
}
const pass = success === 1 && precision === 1 && absentHits === 0 && recall === 1
console.log(
  `eval:search documents=${documents.length} queries=${answered.length} success@10=${percent(success)} P@10=${percent(precision)} recall=${percent(recall)} absent_hits=${absentHits} ${pass ? 'PASS' : 'FAIL'}`,
)
process.exit(pass ? 0 : 1)
