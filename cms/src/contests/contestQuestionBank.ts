import { LRUCache } from 'lru-cache'
import type { Payload, Where } from 'payload'
import { followContentChanges } from '../changes/followContentChanges'
import { bankQuestionSchema } from '../questions/questionShape'
import type { ContestQuestion } from './ContestQuestion'
import type { ContestRules } from './ContestRules'

// Papers are fetched by every participant at once: bank questions and each contest's drawable pool are
// kept in memory, bounded by entries and bytes, so 2,000 starts do not read the bank 2,000 times. They
// follow the change record (a changed question or contest is dropped when its notice arrives); the TTL
// is only a safety net. Each answer is scored when it arrives and kept scored.
const questions = new LRUCache<number, ContestQuestion>({
  max: 5_000,
  maxSize: 16_000_000,
  sizeCalculation: (question) => JSON.stringify(question).length,
  ttl: 300_000,
})
const pools = new LRUCache<string, Record<Difficulty, number[]>>({
  max: 200,
  maxSize: 8_000_000,
  sizeCalculation: (pool) => JSON.stringify(pool).length,
  ttl: 300_000,
})

type Difficulty = 'easy' | 'medium' | 'hard'

/** Bank questions a contest may use: published, and readable by every member (not restricted to some organizations). */
export const contestQuestionWhere: Where[] = [{ _status: { equals: 'published' } }, { visibility: { in: ['public', 'members'] } }]

let following = false

function followChanges(payload: Payload): void {
  if (following) return
  following = true
  followContentChanges(payload, 'contest question caches', (changes) => {
    for (const change of changes) if (change.collection === 'questions') questions.delete(change.id)
    if (changes.some((change) => change.collection === 'questions' || change.collection === 'contests')) pools.clear()
  }).catch(() => undefined)
}

// Bank reads under way, by the ids they fetch: a burst of starts on a cold cache reads the bank once.
// Bounded by the requests in flight.
const loading = new Map<string, Promise<void>>()

/** The bank questions `ids` (those that exist), for contests: with answers, so only for scoring and results. */
export async function loadContestQuestions(payload: Payload, ids: readonly number[]): Promise<Map<number, ContestQuestion>> {
  followChanges(payload)
  const missing = [...new Set(ids)].filter((id) => !questions.has(id)).sort((a, b) => a - b)
  if (missing.length > 0) {
    const key = missing.join(',')
    let load = loading.get(key)
    if (!load) {
      load = keepQuestions(payload, missing).finally(() => loading.delete(key))
      loading.set(key, load)
    }
    await load
  }
  const loaded = new Map<number, ContestQuestion>()
  for (const id of ids) {
    const question = questions.get(id)
    if (question) loaded.set(id, question)
  }
  return loaded
}

async function keepQuestions(payload: Payload, ids: number[]): Promise<void> {
  const found = await payload.find({
    collection: 'questions',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
  })
  for (const doc of found.docs) questions.set(doc.id, contestQuestionOf(doc))
}

/** The published bank questions a drawn contest may use, by difficulty (ids only). */
export async function drawablePool(payload: Payload, rules: ContestRules): Promise<Record<Difficulty, number[]>> {
  followChanges(payload)
  const key = `${rules.id}:${rules.draw.topic ?? ''}`
  const cached = pools.get(key)
  if (cached) return cached
  const found = await payload.find({
    collection: 'questions',
    where: { and: [...contestQuestionWhere, ...(rules.draw.topic ? [{ topic: { equals: rules.draw.topic } }] : [])] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { difficulty: true },
    overrideAccess: true,
  })
  const pool: Record<Difficulty, number[]> = { easy: [], medium: [], hard: [] }
  for (const doc of found.docs) pool[(doc.difficulty as Difficulty | null) ?? 'medium']?.push(doc.id)
  pools.set(key, pool)
  return pool
}

const truthOptions = [
  { id: 'true', text: '正确' },
  { id: 'false', text: '错误' },
]

/**
 * A bank document (read with access overridden, so with its answer key) as a contest question: a
 * true/false question gets the options 正确/错误 with ids 'true'/'false', a blank its accepted texts.
 */
export function contestQuestionOf(doc: unknown): ContestQuestion {
  const question = bankQuestionSchema.parse(doc)
  const base = {
    id: Number(question.id),
    kind: question.kind,
    prompt: question.stem,
    explanation: question.explanation ?? null,
    source: question,
  }
  if (question.kind === 'trueFalse') return { ...base, options: truthOptions, answer: [String(question.answer.truth)] }
  if (question.kind === 'fill') return { ...base, options: [], answer: question.answer.accepted }
  return { ...base, options: question.options.map((option) => ({ id: option.key, text: option.text })), answer: question.answer.keys }
}
