import { describe, expect, it } from 'vitest'
import { documentNumberPattern, normalizeDocumentNumber } from './documentNumber'

describe('document numbers (文号)', () => {
  it('accepts the standard form', () => {
    for (const number of ['中发〔2019〕5号', '国办发〔2023〕12号', '青组发〔2024〕3号']) expect(number).toMatch(documentNumberPattern)
  })

  it('normalizes the year brackets people commonly type', () => {
    expect(normalizeDocumentNumber('中发[2019]5号')).toBe('中发〔2019〕5号')
    expect(normalizeDocumentNumber('青组发（2024）3号')).toBe('青组发〔2024〕3号')
    expect(normalizeDocumentNumber(' 青组发 【2024】 3号 ')).toBe('青组发〔2024〕3号')
  })

  it('rejects numbers without issuer, year or 号', () => {
    for (const number of ['〔2019〕5号', '中发2019年5号', '中发〔19〕5号', '中发〔2019〕5', 'abc']) {
      expect(normalizeDocumentNumber(number)).not.toMatch(documentNumberPattern)
    }
  })
})
