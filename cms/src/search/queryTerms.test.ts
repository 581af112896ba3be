import { describe, expect, it } from 'vitest'
import { queryTerms } from './queryTerms'

describe('queryTerms', () => {
  it.each([
    ['党建', { required: ['党建'], pairs: [], fragments: [], segments: ['党建'] }],
    ['党建工作', { required: ['党建', '建工', '工作'], pairs: [], fragments: [], segments: ['党建工作'] }],
    ['党', { required: [], pairs: [], fragments: [], segments: ['党'] }],
    ['24年', { required: [], pairs: ['4年'], fragments: ['24'], segments: ['24年'] }],
    ['2024年学习', { required: ['年学', '学习'], pairs: ['4年'], fragments: ['2024'], segments: ['2024年学习'] }],
    ['学习2024年度', { required: ['学习', '2024', '年度'], pairs: ['习2', '4年'], fragments: [], segments: ['学习2024年度'] }],
    ['5G', { required: [], pairs: [], fragments: ['5g'], segments: ['5g'] }],
    ['区。只', { required: [], pairs: ['区。', '。只'], fragments: [], segments: ['区。只'] }],
    ['党建 2024', { required: ['党建'], pairs: [], fragments: ['2024'], segments: ['党建', '2024'] }],
    ['黨建', { required: ['党建'], pairs: [], fragments: [], segments: ['党建'] }],
    ['  党建  ', { required: ['党建'], pairs: [], fragments: [], segments: ['党建'] }],
  ])('%j gives %j', (query, expected) => {
    expect(queryTerms(query)).toEqual(expected)
  })

  it.each(['+', '-', ':', '^', '~', '*', '+党建 -学习', 'title:党建', '党建^10', '党建~2', '党*', '"党建"', '\\', '(', '<script>'])(
    'reads the hostile query %j as plain text',
    (query) => {
      const terms = queryTerms(query)
      for (const token of [...terms.required, ...terms.fragments]) expect(token).toMatch(/^[a-z0-9\u3400-\u9fff\uf900-\ufaff]+$/)
      for (const pair of terms.pairs) expect(pair).toHaveLength(2)
    },
  )
})
