import { inject } from 'vitest'
import { stackAdmin } from './stackAdmin'

/** Absolute URL on the test stack's public origin. */
export function stackUrl(pathname: string): string {
  return new URL(pathname, inject('baseUrl')).href
}

/** Logs in over REST and returns the JWT for `Authorization: JWT …`. */
export async function loginToken(credentials: { email?: string; username?: string; password: string } = stackAdmin): Promise<string> {
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

/** Creates a user with a role through the REST API (as the stack's admin) and returns its credentials. */
export async function createUserViaApi(adminToken: string, role: string): Promise<{ email: string; password: string; id: number }> {
  const credentials = { email: `${role}-${crypto.randomUUID().slice(0, 8)}@example.org`, password: 'correct-horse-battery' }
  const { status, body } = await apiJson<{ doc: { id: number } }>('/api/users', {
    token: adminToken,
    method: 'POST',
    body: { ...credentials, name: `测试${role}`, role },
  })
  if (status !== 201) throw new Error(`could not create ${role}: HTTP ${status} ${JSON.stringify(body)}`)
  return { ...credentials, id: body.doc.id }
}
