import http from 'node:http'
import { inject } from 'vitest'

/** An answer read off the wire: status, headers and text. */
export interface RawAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/**
 * A GET to the stack's public port with exactly the given headers, `Host` included (fetch would put
 * the real host there): for trying hostile Host and X-Forwarded-Host headers.
 */
export function rawGet(pathname: string, headers: Record<string, string>): Promise<RawAnswer> {
  const base = new URL(inject('baseUrl'))
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: base.hostname, port: base.port, path: pathname, method: 'GET', headers, setHost: false },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        )
      },
    )
    request.on('error', reject)
    request.end()
  })
}
