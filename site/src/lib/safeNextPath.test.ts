import { describe, expect, it } from 'vitest'
import { safeNextPath } from './safeNextPath'

describe('safeNextPath', () => {
  it.each([
    ['a portal page', '/articles/xin-shi-dai', '/articles/xin-shi-dai'],
    ['a page with a query', '/policies?year=2024', '/policies?year=2024'],
    ['nothing', null, '/'],
    ['another site', 'https://evil.example/', '/'],
    ['a protocol-relative address', '//evil.example/x', '/'],
    ['a backslash trick', '/\\evil.example', '/'],
    ['a relative path', 'articles', '/'],
    ['a javascript: address', 'javascript:alert(1)', '/'],
  ])('keeps only same-site paths: %s', (_case, input, expected) => {
    expect(safeNextPath(input)).toBe(expected)
  })
})
