import { Agent, fetch, type RequestInit, type Response } from 'undici'

// Test-only: the TLS stack's certificate is self-signed, made by the test itself. Answers' headers may be
// as long as a browser accepts (256 KB), not only undici's default 16 KB.
const trustingAgent = new Agent({ connect: { rejectUnauthorized: false }, maxHeaderSize: 256 * 1024 })

/** fetch() that accepts the test's self-signed certificate and never follows redirects. */
export function insecureFetch(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { redirect: 'manual', ...init, dispatcher: trustingAgent })
}
