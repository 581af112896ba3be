import { describe, expect, it } from 'vitest'
import { clientAddress, trustedProxyList } from './clientAddress'

const loopback = trustedProxyList(['127.0.0.0/8', '::1'])
const onlyFrontProxy = trustedProxyList(['127.0.0.1', '::1'])

describe('clientAddress', () => {
  it('takes the address the trusted proxy appended', () => {
    expect(clientAddress('203.0.113.9', loopback)).toBe('203.0.113.9')
  })

  it('ignores what an untrusted client wrote into X-Forwarded-For before the proxy appended its real address', () => {
    expect(clientAddress('198.51.100.1, 10.0.0.1, 203.0.113.9', loopback)).toBe('203.0.113.9')
  })

  it('skips every trusted proxy from the right (nginx, then the front proxy, then the portal)', () => {
    expect(clientAddress('198.51.100.1, 203.0.113.9, 127.0.0.1, 127.0.0.1', loopback)).toBe('203.0.113.9')
  })

  it('believes the chain a trusted local client sent, as it believes any trusted proxy', () => {
    expect(clientAddress('198.51.100.7, 127.0.0.1', loopback)).toBe('198.51.100.7')
  })

  it('does not believe a loopback address outside the configured list', () => {
    expect(clientAddress('198.51.100.7, 127.0.0.2', onlyFrontProxy)).toBe('127.0.0.2')
  })

  it('reads ports, brackets and IPv4-mapped IPv6 as the bare address', () => {
    expect(clientAddress('203.0.113.9:51234', loopback)).toBe('203.0.113.9')
    expect(clientAddress('[2001:db8::1]:443, ::ffff:127.0.0.1', loopback)).toBe('2001:db8::1')
    expect(clientAddress('::ffff:203.0.113.9', loopback)).toBe('203.0.113.9')
  })

  it('treats an entry that is not an address as the client, never as a trusted proxy', () => {
    expect(clientAddress('198.51.100.1, not-an-ip, 127.0.0.1', loopback)).toBe('not-an-ip')
  })

  it('answers null without a chain (a Local API call)', () => {
    expect(clientAddress(null, loopback)).toBeNull()
    expect(clientAddress(' , ', loopback)).toBeNull()
  })
})
