import type { LoadMember } from './heartbeatLoad'

/** POSTs JSON; a 503 (the front proxy while the CMS restarts under load) is tried again after its Retry-After, a few times. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}, attempts = 5): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  if (response.status === 503 && attempts > 1) {
    await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 5) * 1000))
    return postJson(url, body, headers, attempts - 1)
  }
  if (!response.ok) throw new Error(`POST ${url}: HTTP ${response.status} ${await response.text()}`)
  return response
}

/** Creates `count` real members (of an organization, if given) through the REST API (as an admin) and signs each in; returns their session cookies. */
export async function signInMembers(
  cmsUrl: string,
  admin: { email: string; password: string },
  count: number,
  concurrency = 8,
  organization?: number,
): Promise<LoadMember[]> {
  const login = await postJson(`${cmsUrl}/api/users/login`, admin)
  const { token } = (await login.json()) as { token: string }
  const run = Date.now().toString(36)
  const members: LoadMember[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++
        const credentials = { email: `bench-${run}-${index}@example.org`, password: 'bench-password-123' }
        const created = await postJson(
          `${cmsUrl}/api/users`,
          { ...credentials, name: `压测党员 ${index}`, role: 'member', organization },
          { authorization: `JWT ${token}` },
        )
        const { doc } = (await created.json()) as { doc: { id: number } }
        const session = await postJson(`${cmsUrl}/api/users/login`, credentials)
        const cookie = session.headers.getSetCookie().find((header) => header.startsWith('payload-token='))
        if (!cookie) throw new Error('login answered without a payload-token cookie')
        members.push({ id: doc.id, cookie: cookie.split(';')[0] as string })
      }
    }),
  )
  return members
}
