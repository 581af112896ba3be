import http from 'node:http'
import type { Duplex } from 'node:stream'

/**
 * The most header bytes the proxy reads from an app's answer. Next.js answers a path it normalizes
 * (`/api/users/.`, a trailing slash) with a 308 whose `Location` and `Refresh` headers both carry the
 * whole target re-encoded, up to three times as long as sent: 2 × 3 × 8 KB (the longest target) plus
 * the rest. Node's default of 16 KB made such a redirect a 503 (`npm run fuzz`); browsers accept 256 KB.
 */
export const upstreamHeaderLimit = 64 * 1024

/** Connections to an app on which sending failed because the app had closed them (they are never reused). */
const closedByApp = new WeakSet<Duplex>()

/**
 * The front proxy's connections to the apps for requests with a body (http-proxy-3's), which differ from
 * Node's agent in two ways:
 *
 * - Answers may carry up to `upstreamHeaderLimit` of headers. http-proxy-3 passes no `maxHeaderSize`
 *   to `http.request`, and the limit is read when a request gets its socket, which the agent hands
 *   out: so it is set here, as the agent takes each request on.
 * - An app may answer before reading a request's body and close the connection (the CMS refuses an
 *   upload with 401/413 and `Connection: close`). The proxy, still sending the body, then fails to
 *   write (EPIPE, ECONNRESET), often before it has read the answer that arrived first; Node destroys
 *   a socket on a failed write, so that answer was lost and the client got a 503 (`npm run fuzz`).
 *   Here a write the app refused is dropped instead: the rest of the body goes nowhere, and the
 *   connection is read to its end, so the app's answer still reaches the client. With no answer there,
 *   the read side ends in an error all the same (a 503, as before).
 */
export class UpstreamAgent extends http.Agent {
  addRequest(request: http.ClientRequest & { maxHeaderSize?: number }, options: http.RequestOptions): void {
    request.maxHeaderSize = upstreamHeaderLimit
    baseAddRequest.call(this, request, options)
  }

  createConnection(options: http.ClientRequestArgs, callback?: (error: Error | null, stream: Duplex) => void) {
    const socket = super.createConnection(options, callback)
    if (socket) keepReadingWhenWritesFail(socket)
    return socket
  }

  /** Node's agent keeps a socket when this answers true (its type definitions say void). */
  keepSocketAlive(socket: Duplex): boolean {
    return !closedByApp.has(socket) && (super.keepSocketAlive(socket) as unknown as boolean)
  }
}

/** Node's own `Agent#addRequest`, which its type definitions leave out. */
const baseAddRequest = (http.Agent.prototype as unknown as Pick<UpstreamAgent, 'addRequest'>).addRequest

type Done = (error?: Error | null) => void

function keepReadingWhenWritesFail(socket: Duplex): void {
  const guard =
    (done: Done): Done =>
    (error) => {
      if (error && isClosedByPeer(error)) {
        closedByApp.add(socket)
        done()
      } else done(error)
    }
  const write = socket._write.bind(socket)
  socket._write = (chunk, encoding, done) => (closedByApp.has(socket) ? done() : write(chunk, encoding, guard(done)))
  const writev = socket._writev?.bind(socket)
  if (writev) socket._writev = (chunks, done) => (closedByApp.has(socket) ? done() : writev(chunks, guard(done)))
}

function isClosedByPeer(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'EPIPE' || code === 'ECONNRESET'
}
