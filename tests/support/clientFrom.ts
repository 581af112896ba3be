import http from 'node:http'
import { inject } from 'vitest'

/** An answer read whole: status, headers and the body as text. */
export interface RawAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
}

/**
 * One HTTP request to the stack's public origin, sent from a chosen loopback address. The test stack
 * trusts only 127.0.0.1 and ::1 as proxies (startTestStack), so 127.0.0.2 and up are clients no
 * proxy vouches for, whatever X-Forwarded-For they send.
 */
export function requestFrom(
  localAddress: string,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  const port = Number(new URL(inject('baseUrl')).port)
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, localAddress, path: pathname, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }),
        )
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(options.body)
  })
}

/** Signs in over REST as if from `address` (X-Forwarded-For through the trusted front proxy); the raw answer. */
export function loginFrom(address: string, credentials: Record<string, string>, from = '127.0.0.1'): Promise<RawAnswer> {
  return requestFrom(from, '/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify(credentials),
  })
}

/** Submits the portal's sign-in form as if from `address`; the raw answer (303 on success). */
export function portalLoginFrom(address: string | null, loginId: string, password: string, from = '127.0.0.1'): Promise<RawAnswer> {
  const origin = new URL(inject('baseUrl')).origin
  return requestFrom(from, '/login', {
    method: 'POST',
    headers: {
      origin,
      host: new URL(origin).host,
      'content-type': 'application/x-www-form-urlencoded',
      ...(address ? { 'x-forwarded-for': address } : {}),
    },
    body: new URLSearchParams({ loginId, password }).toString(),
  })
}
