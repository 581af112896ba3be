import type http from 'node:http'
import { Transform } from 'node:stream'
import { t } from '../../cms/src/i18n/messages'
import { bodyLimitFor, formatBytes } from '../../cms/src/limits/bodyLimits'

/** What to do with a request's body: forward it as is, forward it through a byte counter, or nothing (refused). */
export type BodyPlan = { kind: 'forward' } | { kind: 'counted'; body: Transform } | { kind: 'refused' }

/**
 * Applies the body limits (`bodyLimitFor`) at the public origin before anything is forwarded: a declared
 * `Content-Length` over the limit is answered 413 at once; a body without a length (chunked) goes through a
 * counter that answers 413 and cuts the connection as soon as it passes the limit. `onCut` is called then,
 * so the caller can abort what it already forwarded.
 */
export function limitRequestBody(req: http.IncomingMessage, res: http.ServerResponse, onCut: () => void): BodyPlan {
  const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/'
  const limit = bodyLimitFor(pathname, req.headers['content-type'])
  const declared = req.headers['content-length']
  if (declared !== undefined) {
    if (Number(declared) <= limit) return { kind: 'forward' }
    refuse(res, limit)
    return { kind: 'refused' }
  }
  if (req.headers['transfer-encoding'] === undefined) return { kind: 'forward' }
  let size = 0
  const body = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      if (size <= limit) return done(null, chunk)
      req.unpipe(body)
      refuse(res, limit, () => {
        onCut()
        req.socket.destroy()
      })
      done()
    },
  })
  req.pipe(body)
  return { kind: 'counted', body }
}

/** Whether the request was answered 413 here (its forwarding errors are expected and not reported). */
export function wasRefused(res: http.ServerResponse): boolean {
  return refused.has(res)
}

const refused = new WeakSet<http.ServerResponse>()

function refuse(res: http.ServerResponse, limit: number, then?: () => void): void {
  refused.add(res)
  if (res.headersSent) {
    then?.()
    return
  }
  const message = t('limits.bodyTooLarge', { limit: formatBytes(limit) })
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close', 'cache-control': 'no-store' })
  res.end(JSON.stringify({ errors: [{ name: 'BodyTooLarge', message, data: { code: 'limits.bodyTooLarge' } }] }), then)
}
