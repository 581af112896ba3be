import { describe, expect, it } from 'vitest'
import { idOf } from './idOf'

describe('idOf', () => {
  it('reads ids from plain ids and populated documents alike', () => {
    expect(idOf(7)).toBe(7)
    expect(idOf({ id: 7, title: '专题' })).toBe(7)
    expect(idOf(null)).toBeUndefined()
    expect(idOf(undefined)).toBeUndefined()
  })
})
