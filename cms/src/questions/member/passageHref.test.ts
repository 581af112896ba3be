import { describe, expect, it } from 'vitest'
import { passageHref } from './passageHref'

describe('passageHref', () => {
  it('links to the item scrolled to the passage, with fragment syntax characters escaped', () => {
    expect(passageHref({ collection: 'articles', slug: 'party-rules' }, '坚持民主集中制-原则, 一')).toBe(
      `/articles/party-rules#:~:text=${encodeURIComponent('坚持民主集中制')}%2D${encodeURIComponent('原则, 一')}`,
    )
  })

  it('links to the item itself when the question names no passage', () => {
    expect(passageHref({ collection: 'policies', slug: 'rules' }, '  ')).toBe('/policies/rules')
  })
})
