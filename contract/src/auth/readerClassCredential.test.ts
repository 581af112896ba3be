import { describe, expect, it } from 'vitest'
import { payloadSecretOf } from './payloadSecretOf'
import { readReaderClass, signReaderClass } from './readerClassCredential'

const key = payloadSecretOf('a-config-secret-0123456789abcdef')

describe('reader class credentials', () => {
  it('stand for the class they were signed for', () => {
    expect(readReaderClass(key, signReaderClass(key, { organization: 12 }))).toEqual({ organization: 12 })
    expect(readReaderClass(key, signReaderClass(key, { organization: null }))).toEqual({ organization: null })
  })

  it('are refused when another organization is written into them', () => {
    const [version, , expires, signature] = signReaderClass(key, { organization: 12 }).split('.')
    expect(readReaderClass(key, `${version}.13.${expires}.${signature}`)).toBeUndefined()
  })

  it('are refused when signed with another secret', () => {
    expect(readReaderClass(key, signReaderClass(payloadSecretOf('another-secret-0123456789abcdef'), { organization: 12 }))).toBeUndefined()
  })

  it('are refused after a minute', () => {
    const now = Date.now()
    expect(readReaderClass(key, signReaderClass(key, { organization: 12 }, now), now + 60_001)).toBeUndefined()
  })
})
