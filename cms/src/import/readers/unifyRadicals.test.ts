import { describe, expect, it } from 'vitest'
import { unifyRadicals } from './unifyRadicals'

describe('unifyRadicals', () => {
  it('turns radicals extracted from PDFs into the ideographs readers typed', () => {
    expect(unifyRadicals('正⽂内容')).toBe('正文内容')
  })

  it('keeps full-width Chinese punctuation as it is', () => {
    expect(unifyRadicals('学习，思考：实践（一）；')).toBe('学习，思考：实践（一）；')
  })
})
