import { describe, expect, it } from 'vitest'
import { queryTerms } from './queryTerms'

describe('queryTerms', () => {
  it.each([
    ['党建', ['党建'], [], ['党建']],
    ['党建工作', ['党建', '建工', '工作'], [], ['党建工作']],
    ['党', [], [], ['党']],
    ['24年', [], ['24'], ['24年']],
    ['2024年学习', ['年学', '学习'], ['2024'], ['2024年学习']],
    ['学习2024年度', ['学习', '2024', '年度'], [], ['学习2024年度']],
    ['5G', [], ['5g'], ['5g']],
    ['党建 2024', ['党建'], ['2024'], ['党建', '2024']],
    ['黨建', ['党建'], [], ['党建']],
    ['  党建  ', ['党建'], [], ['党建']],
  ])('%j requires %j, needs words containing %j and checks %j verbatim', (query, required, fragments, segments) => {
    expect(queryTerms(query)).toEqual({ required, fragments, segments })
  })

  it.each(['+', '-', ':', '^', '~', '*', '+党建 -学习', 'title:党建', '党建^10', '党建~2', '党*', '"党建"', '\\', '(', '<script>'])(
    'reads the hostile query %j as plain text',
    (query) => {
      const terms = queryTerms(query)
      for (const token of [...terms.required, ...terms.fragments]) expect(token).toMatch(/^[a-z0-9\u3400-\u9fff\uf900-\ufaff]+$/)
    },
  )
})
