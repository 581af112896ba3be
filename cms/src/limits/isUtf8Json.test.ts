import { describe, expect, it } from 'vitest'
import { isUtf8Json } from './isUtf8Json'

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
