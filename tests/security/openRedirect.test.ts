import { beforeAll, describe, expect, it } from 'vitest'
import { loginToken, stackUrl } from '../support/cmsApi'
import { sampleMembers } from '../support/stackAdmin'

// Variants of "a path that becomes another site's address once a browser or server normalises it".
const hostileNext = [
  '/.//evil.example',
  '/..//evil.example',
  '/a/../..//evil.example',
  '//evil.example',
  '/\\evil.example',
  '/%5cevil.example',
  '/%2f%2fevil.example',
  '/\t/evil.example',
  'https://evil.example/',
]

describe('redirects after signing in', () => {
  let cookie: string
  let organizerCookie: string
  beforeAll(async () => {
    cookie = `payload-token=${await loginToken({ username: sampleMembers.member, password: sampleMembers.password })}`
    organizerCookie = `payload-token=${await loginToken({ username: sampleMembers.organizer, password: sampleMembers.password })}`
  })

  it.each(hostileNext)('never sends a signed-in member to another site from /login?next=%s', async (next) => {
    const response = await fetch(stackUrl(`/login?${new URLSearchParams({ next })}`), { headers: { cookie }, redirect: 'manual' })
    expect(response.status).toBe(303)
    const location = response.headers.get('location') ?? ''
    expect(location).toMatch(/^\/(?![/\\])/)
    expect(new URL(location, stackUrl('/')).origin).toBe(new URL(stackUrl('/')).origin)
  })

  it('still returns a signed-in member to the page they came from', async () => {
    const response = await fetch(stackUrl('/login?next=%2Farticles%3Fpage%3D2'), { headers: { cookie }, redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/articles?page=2')
  })

  it.each(hostileNext)("never sends a signed-in organizer to another site from the admin's /admin/login?redirect=%s", async (redirect) => {
    const response = await fetch(stackUrl(`/admin/login?${new URLSearchParams({ redirect })}`), {
      headers: { cookie: organizerCookie },
      redirect: 'manual',
    })
    expect(response.status).toBeGreaterThanOrEqual(300)
    expect(response.status).toBeLessThan(400)
    const location = response.headers.get('location') ?? ''
    expect(location).toMatch(/^\/(?![/\\])/)
    expect(new URL(location, stackUrl('/admin/login')).origin).toBe(new URL(stackUrl('/')).origin)
  })
})
