import { describe, expect, it } from 'vitest'
import { pageFromUrl } from './pageQuery'

const page = (search: string) => pageFromUrl(new URL(`http://portal.test/articles${search}`))

describe('pageFromUrl', () => {
  it('reads a page number', () => {
    expect(page('?page=3')).toBe(3)
  })

  it('falls back to the first page for missing, negative or nonsense values', () => {
    expect(page('')).toBe(1)
    expect(page('?page=-2')).toBe(1)
    expect(page('?page=abc')).toBe(1)
    expect(page('?page=1.5')).toBe(1)
  })
})
