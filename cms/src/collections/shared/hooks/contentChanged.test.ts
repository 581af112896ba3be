import { describe, expect, it } from 'vitest'
import { contentChanged } from './contentChanged'

const stored = { id: 1, title: '标题', topics: [3, 4], cover: 9, reviewStatus: 'approved', updatedAt: '2026-01-01', summary: null }

describe('contentChanged', () => {
  it('ignores workflow fields and equivalent empty values', () => {
    expect(contentChanged({ ...stored, reviewStatus: 'submitted', updatedAt: '2026-02-02', summary: '' }, stored)).toBe(false)
  })

  it('treats a populated relationship like its id', () => {
    expect(contentChanged({ ...stored, cover: { id: 9, updatedAt: 'x', url: '/a.png' } }, stored)).toBe(false)
  })

  it('notices an edited title or a changed relationship', () => {
    expect(contentChanged({ ...stored, title: '新标题' }, stored)).toBe(true)
    expect(contentChanged({ ...stored, topics: [3] }, stored)).toBe(true)
  })
})
