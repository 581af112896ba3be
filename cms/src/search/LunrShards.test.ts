import lunr from 'lunr'
import { describe, expect, it } from 'vitest'
import { buildShardIndex, type ShardEntry } from './buildShardIndex'
import { LunrShards } from './LunrShards'
import { queryTerms } from './queryTerms'

const titles: ShardEntry[] = ['加强党建工作', '党建工作要点', '新时代党建工作的实践与思考', '学习型党组织建设', '加强党建'].map(
  (title, slot) => ({ slot, title }),
)

// lunr's own query, every term REQUIRED, built programmatically (never parsed).
function lunrQuery(index: lunr.Index, terms: string[]): lunr.Index.Result[] {
  return index.query((query) => {
    for (const term of terms) query.term(term, { presence: lunr.Query.presence.REQUIRED })
  })
}

describe('lunr title shards', () => {
  it('loads a saved shard again with the registered pipeline functions', () => {
    const loaded = lunr.Index.load(JSON.parse(JSON.stringify(buildShardIndex(titles))))
    expect(lunrQuery(loaded, queryTerms('黨建工作').required).map((result) => result.ref)).toHaveLength(3)
  })

  it('scores titles exactly as lunr’s own query would (up to its constant query norm)', () => {
    const shards = new LunrShards(
      8,
      (from, to) => titles.slice(from, to),
      () => undefined,
    )
    shards.buildAll(titles.length)
    const terms = queryTerms('党建工作')
    const expected = lunrQuery(buildShardIndex(titles), terms.required)
    const scores = shards.scores(
      terms,
      expected.map((result) => Number(result.ref)),
    )
    expect(scores).toHaveLength(expected.length)
    expected.forEach((result, position) => {
      expect(scores[position]).toBeCloseTo(result.score * Math.sqrt(terms.required.length), 6)
    })
  })

  it('scores items in every shard that holds one', () => {
    const shards = new LunrShards(
      2,
      (from, to) => titles.slice(from, to),
      () => undefined,
    )
    shards.buildAll(titles.length)
    expect([...shards.scores(queryTerms('党建'), [0, 2, 4])].every((score) => score > 0)).toBe(true)
  })
})
