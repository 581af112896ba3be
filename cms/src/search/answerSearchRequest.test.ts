import { describe, expect, it } from 'vitest'
import { answerSearchRequest } from './answerSearchRequest'
import { anonymousReader } from './Reader'
import type { SearchDocument } from './SearchDocument'
import { SearchIndex } from './SearchIndex'

function buildDocument(body: string): SearchDocument {
  return {
    type: 'articles',
    id: 1,
    slug: 'one',
    title: '标题',
    summary: '',
    body,
    publishedAt: 0,
    topics: [],
    visibility: 'public',
    organizationIds: [],
  }
}

const ask = (index: SearchIndex, query: string, pathname = '/api/search') =>
  answerSearchRequest(pathname, new URLSearchParams(query), anonymousReader, index)
const total = (index: SearchIndex, query: string) => (JSON.parse(ask(index, query).body) as { total: number }).total

describe('answerSearchRequest', () => {
  it.each([
    ['', 'search.queryEmpty'],
    ['q=', 'search.queryEmpty'],
    ['q=%20%20', 'search.queryEmpty'],
    [`q=${'党'.repeat(101)}`, 'search.queryTooLong'],
    ['q=党建&page=0', 'search.invalidParams'],
    ['q=党建&type=users', 'search.invalidParams'],
  ])('refuses %j with 400 and the code %s', (query, code) => {
    const answer = ask(new SearchIndex(), query)
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body).errors[0].data.code).toBe(code)
  })

  it.each(['+', '-党建', 'title:党建', '党建^2', '党建~1', '党*', ':^~*', '\\', '(', '"党建"', '<script>'])(
    'answers the hostile query %j like any other text',
    (q) => {
      expect(ask(new SearchIndex([buildDocument('党建工作')]), new URLSearchParams({ q }).toString()).status).toBe(200)
    },
  )

  it('answers a repeated query from its cache until the index changes', () => {
    const doc = buildDocument('旧的说法')
    const index = new SearchIndex([doc])
    expect(total(index, 'q=旧的')).toBe(1)
    expect(total(index, 'q=旧的')).toBe(1)
    index.upsert({ ...doc, body: '新的说法' })
    expect(total(index, 'q=旧的')).toBe(0)
  })

  it('answers 404 outside the search paths', () => {
    expect(ask(new SearchIndex(), 'q=党建', '/api/searches').status).toBe(404)
  })
})
