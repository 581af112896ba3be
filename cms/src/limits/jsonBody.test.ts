import { describe, expect, it } from 'vitest'
import { isUtf8Json, jsonDepth } from './jsonBody'

describe('isUtf8Json', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"', 'application/json; foo=bar'])(
    'reads %s as UTF-8',
    (contentType) => expect(isUtf8Json(contentType)).toBe(true),
  )

  it.each([
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'application/json; charset=',
    'application/json; charset=utf-8; charset=gbk',
  ])('refuses %s', (contentType) => expect(isUtf8Json(contentType)).toBe(false))
})

const nested = (levels: number) => JSON.parse(`${'{"a":['.repeat(levels)}1${']}'.repeat(levels)}`)

describe('jsonDepth', () => {
  it('counts objects and arrays, not scalars', () => {
    expect(jsonDepth(1)).toBe(0)
    expect(jsonDepth(null)).toBe(0)
    expect(jsonDepth({})).toBe(1)
    expect(jsonDepth({ a: [1, { b: 'x' }] })).toBe(3)
  })

  it('follows the deepest branch, not the first', () => {
    expect(jsonDepth({ shallow: 1, deep: [[[[1]]]], other: {} })).toBe(5)
  })

  it('measures bodies far deeper than the call stack allows without overflowing', () => {
    expect(jsonDepth(nested(50_000), Number.POSITIVE_INFINITY)).toBe(100_000)
  })

  it('stops counting once past the limit', () => {
    expect(jsonDepth(nested(10_000), 10)).toBe(11)
  })
})
