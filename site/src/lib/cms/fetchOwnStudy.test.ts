import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'

// A stand-in CMS that answers one of the member's own reads, and refuses another.
const cms = createServer((request, response) => {
  const ok = request.url === '/api/campaigns/3/me'
  response.writeHead(ok ? 200 : 500, { 'content-type': 'application/json' })
  response.end(ok ? '{"enrolled":true}' : '{"errors":[{"message":"boom"}]}')
})
await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
process.env.CMS_URL = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`
process.env.PAYLOAD_SECRET = 'a-config-secret-0123456789abcdef0123'
const { fetchOwnStudy } = await import('./fetchCms')
const { newReader, withReader } = await import('../session/readerContext')

afterAll(() => new Promise<void>((resolve) => cms.close(() => resolve())))

describe('the reader’s own study reads', () => {
  it('leaves a page that read them keepable for the reader, noting the campaign whose shared state it showed', async () => {
    const reader = newReader('token', { organization: 1 })
    expect(await withReader(reader, () => fetchOwnStudy('/api/campaigns/3/me', 3))).toEqual({ enrolled: true })
    expect(reader).toMatchObject({ readOwn: true, readUnfollowed: false, campaigns: new Set([3]) })
  })

  it('makes a page whose read failed (it shows an error instead) keepable for nobody', async () => {
    const reader = newReader('token', { organization: 1 })
    await expect(withReader(reader, () => fetchOwnStudy('/api/study/summary'))).rejects.toThrow()
    expect(reader).toMatchObject({ readOwn: true, readUnfollowed: true })
  })
})
