import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { BlockList } from 'node:net'
import { isTrustedProxy, trustedProxyList } from '../../cms/src/accounts/clientAddress'

// nginx's $request_id is 32 hex digits; other proxies use UUIDs or similar tokens. Nothing that could
// break a log line or a header.
const wellFormed = /^[A-Za-z0-9._:@-]{8,128}$/

/** The proxies whose X-Request-Id the front proxy keeps (PORTAL_TRUSTED_PROXIES; default loopback, like the CMS). */
export function requestIdTrust(list = '127.0.0.0/8,::1'): BlockList {
  return trustedProxyList(
    list
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
}

/**
 * The id a request is logged under in every process: a well-formed X-Request-Id sent by a trusted proxy
 * in front (nginx's `$request_id`), else a new one. A client's own id is not kept: it could make its
 * requests look like someone else's in the logs.
 */
export function requestIdFor(req: IncomingMessage, trusted: BlockList): string {
  const incoming = req.headers['x-request-id']
  const peer = req.socket.remoteAddress ?? ''
  if (typeof incoming === 'string' && wellFormed.test(incoming) && isTrustedProxy(peer, trusted)) return incoming
  return randomUUID()
}
