import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { requestIdFor, requestIdTrust } from './requestId'

function request(remoteAddress: string, id?: string): IncomingMessage {
  return { headers: id === undefined ? {} : { 'x-request-id': id }, socket: { remoteAddress } } as unknown as IncomingMessage
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('requestIdFor', () => {
  const trusted = requestIdTrust('127.0.0.0/8,::1,10.0.0.0/8')

  it('keeps a well-formed id from a trusted proxy (nginx $request_id)', () => {
    expect(requestIdFor(request('::ffff:10.1.2.3', '0123456789abcdef0123456789abcdef'), trusted)).toBe('0123456789abcdef0123456789abcdef')
  })

  it('gives a request without an id a new one', () => {
    expect(requestIdFor(request('127.0.0.1'), trusted)).toMatch(uuid)
  })

  it('replaces an id sent by a client that is not a trusted proxy', () => {
    expect(requestIdFor(request('203.0.113.9', 'someone-elses-request'), trusted)).toMatch(uuid)
  })

  it('replaces a malformed id even from a trusted proxy', () => {
    expect(requestIdFor(request('127.0.0.1', 'bad id\nwith a forged log line'), trusted)).toMatch(uuid)
    expect(requestIdFor(request('127.0.0.1', 'x'.repeat(300)), trusted)).toMatch(uuid)
  })
})
