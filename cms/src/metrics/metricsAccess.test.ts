import { describe, expect, it } from 'vitest'
import { type MetricsRequest, mayReadMetrics } from './metricsAccess'

const nobody = async () => null
const request = (overrides: Partial<MetricsRequest>): MetricsRequest => ({
  peerAddress: '127.0.0.1',
  forwardedFor: undefined,
  authorization: undefined,
  ...overrides,
})

describe('mayReadMetrics', () => {
  it('lets a scraper on this machine in, directly or through a local proxy', async () => {
    expect(await mayReadMetrics(request({}), nobody)).toBe(true)
    expect(await mayReadMetrics(request({ peerAddress: '::ffff:127.0.0.1', forwardedFor: '127.0.0.1, ::1' }), nobody)).toBe(true)
  })

  it('refuses a remote client forwarded by a proxy, whatever loopback address it claims to come from', async () => {
    expect(await mayReadMetrics(request({ forwardedFor: '203.0.113.9' }), nobody)).toBe(false)
    expect(await mayReadMetrics(request({ forwardedFor: '127.0.0.1, 203.0.113.9' }), nobody)).toBe(false)
    expect(await mayReadMetrics(request({ peerAddress: '192.0.2.2', forwardedFor: '127.0.0.1' }), nobody)).toBe(false)
    expect(await mayReadMetrics(request({ forwardedFor: 'garbage' }), nobody)).toBe(false)
  })

  it('lets an administrator’s token in from anywhere, and no one else’s', async () => {
    const remote = request({ forwardedFor: '203.0.113.9', authorization: 'JWT token' })
    expect(await mayReadMetrics(remote, async () => 'admin')).toBe(true)
    expect(await mayReadMetrics(remote, async () => 'member')).toBe(false)
    expect(await mayReadMetrics(remote, async () => 'editor')).toBe(false)
    expect(await mayReadMetrics(remote, nobody)).toBe(false)
  })
})
