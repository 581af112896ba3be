import { describe, expect, it } from 'vitest'
import { safeNextPath } from './safeNextPath'

describe('safeNextPath', () => {
  it.each([
    ['a portal page', '/articles/xin-shi-dai', '/articles/xin-shi-dai'],
    ['a page with a query', '/policies?year=2024', '/policies?year=2024'],
    ['a page with a fragment', '/campaigns/a#quiz', '/campaigns/a#quiz'],
    ['a page reached through dot segments', '/articles/../policies', '/policies'],
    ['a Chinese path, encoded as a browser would', '/topics/学习', '/topics/%E5%AD%A6%E4%B9%A0'],
    ['a query holding an encoded slash', '/search?q=a%2Fb', '/search?q=a%2Fb'],
  ])('keeps same-site paths, normalised: %s', (_case, input, expected) => {
    expect(safeNextPath(input)).toBe(expected)
  })

  it.each([
    ['nothing', null],
    ['an empty string', ''],
    ['another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/x'],
    ['three slashes', '///evil.example'],
    ['a dot segment before two slashes', '/.//evil.example'],
    ['a parent segment before two slashes', '/..//evil.example'],
    ['dot segments deeper in', '/a/../..//evil.example'],
    ['an encoded dot segment', '/%2e//evil.example'],
    ['a backslash trick', '/\\evil.example'],
    ['a slash and a backslash', '/\\/evil.example'],
    ['a backslash after a dot segment', '/./\\evil.example'],
    ['an encoded backslash', '/%5cevil.example'],
    ['encoded slashes', '/%2f%2fevil.example'],
    ['an encoded slash in capitals', '/%2F/evil.example'],
    ['a double-encoded slash', '/%252f%252fevil.example'],
    ['a tab inside', '/\t/evil.example'],
    ['a newline inside', '/\n/evil.example'],
    ['a carriage return inside', '/\r/evil.example'],
    ['a NUL character', '/\u0000/evil.example'],
    ['leading spaces', ' //evil.example'],
    ['a relative path', 'articles'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a data: address', 'data:text/html,<script>alert(1)</script>'],
    ['a scheme without slashes', 'https:evil.example'],
  ])('turns anything that could leave the portal into the home page: %s', (_case, input) => {
    expect(safeNextPath(input)).toBe('/')
  })
})
