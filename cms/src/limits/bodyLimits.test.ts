import { describe, expect, it } from 'vitest'
import { bodyLimitFor, bodyLimits } from './bodyLimits'

describe('bodyLimitFor', () => {
  it('allows large bodies only for uploads to the media library', () => {
    expect(bodyLimitFor('/api/media', 'multipart/form-data; boundary=x')).toBe(bodyLimits.upload)
    expect(bodyLimitFor('/api/media/12', 'Multipart/Form-Data; boundary=x')).toBe(bodyLimits.upload)
    expect(bodyLimitFor('/api/users/import', 'multipart/form-data; boundary=x')).toBe(bodyLimits.form)
  })

  it('gives JSON, portal forms and anything without a type 1 MB, on any path', () => {
    for (const type of ['application/json', 'application/x-www-form-urlencoded', null]) {
      expect(bodyLimitFor('/api/media', type)).toBe(1024 * 1024)
      expect(bodyLimitFor('/login', type)).toBe(1024 * 1024)
    }
  })
})
