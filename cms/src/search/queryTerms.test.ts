import { describe, expect, it } from 'vitest'
import { queryTerms } from './queryTerms'

describe('queryTerms', () => {
  it.each([
    ['党建', { required: ['党建'], segments: ['党建'] }],
    ['党建工作', { required: ['党建', '建工', '工作'], segments: ['党建工作'] }],
    ['党', { required: [], segments: ['党'] }],
    ['24年', { required: [], segments: ['24年'] }],
    ['2024年学习', { required: ['年学', '学习'], segments: ['2024年学习'] }],
    ['学习2024年度', { required: ['学习', '2024', '年度'], segments: ['学习2024年度'] }],
    ['5G', { required: [], segments: ['5g'] }],
    ['区。只', { required: [], segments: ['区。只'] }],
    ['党建 2024', { required: ['党建'], segments: ['党建', '2024'] }],
    ['黨建', { required: ['党建'], segments: ['党建'] }],
    ['  党建  ', { required: ['党建'], segments: ['党建'] }],
  ])('%j gives %j', (query, expected) => {
    expect(queryTerms(query)).toEqual(expected)
  })

  it.each(['+', '-', ':', '^', '~', '*', '+党建 -学习', 'title:党建', '党建^10', '党建~2', '党*', '"党建"', '\\', '(', '<script>'])(
    'reads the hostile query %j as plain text',
    (query) => {
      const terms = queryTerms(query)
      for (const token of terms.required) expect(token).toMatch(/^[a-z0-9\u3400-\u9fff\uf900-\ufaff]+$/)
    },
  )
})
