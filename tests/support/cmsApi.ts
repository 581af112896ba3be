import { inject } from 'vitest'
import { stackAdmin } from './stackAdmin'

/** Absolute URL on the test stack's public origin. */
export function stackUrl(pathname: string): string {
  return new URL(pathname, inject('baseUrl')).href
}

/** Logs in over REST and returns the JWT for `Authorization: JWT …`. */
export async function loginToken(credentials = stackAdmin): Promise<string> {
  const response = await fetch(stackUrl('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  if (!response.ok) throw new Error(`login failed: HTTP ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/** A JSON request to the stack's API, optionally authenticated. */
export async function apiJson<T = unknown>(
  pathname: string,
  options: { token?: string; method?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetch(stackUrl(pathname), {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  return { status: response.status, body: (await response.json()) as T }
}
