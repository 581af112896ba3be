import { beforeAll, describe, expect, it } from 'vitest'
import { stackUrl } from '../support/cmsApi'
import { rawGet } from '../support/rawHttp'
import { sampleMemberToken } from '../support/sampleMemberToken'

// Sample items members may read but visitors may not (content/ front matter: visibility members/organizations).
const membersOnly = ['young-party-members-growth', 'learning-oriented-party-organization', 'branch-secretary-training-2026']
const publicDocuments = [
  '/sitemap.xml',
  '/feeds/articles.xml',
  '/feeds/policies.xml',
  '/feeds/videos.xml',
  '/feeds/lectures.xml',
  '/feeds/announcements.xml',
]

let memberCookie: string
const origin = () => new URL(stackUrl('/')).origin

beforeAll(async () => {
  memberCookie = `payload-token=${await sampleMemberToken()}`
})

describe('feeds and the sitemap', () => {
  for (const path of publicDocuments) {
    it(`${path} lists public items only and is publicly cacheable, even fetched with a member's session`, async () => {
      const response = await fetch(stackUrl(path), { headers: { cookie: memberCookie } })
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('public, max-age=300')
      const text = await response.text()
      for (const slug of membersOnly) expect(text).not.toContain(`/${slug}<`)
    })
  }

  it('list exactly what an anonymous visitor gets, whoever asks', async () => {
    const [anonymous, member] = await Promise.all(
      ['', memberCookie].map(async (cookie) => (await fetch(stackUrl('/sitemap.xml'), { headers: cookie ? { cookie } : {} })).text()),
    )
    expect(member).toBe(anonymous)
  })
})

describe('absolute links', () => {
  const hostile = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }

  for (const path of ['/sitemap.xml', '/feeds/articles.xml', '/articles/red-family-tradition', '/']) {
    it(`on ${path} come from PORTAL_PUBLIC_URL, never from a hostile Host or X-Forwarded-Host`, async () => {
      const answer = await rawGet(path, hostile)
      expect(answer.status).toBe(200)
      expect(answer.body).not.toContain('evil.example')
      expect(answer.body).toContain(`${origin()}/`)
    })
  }

  it('are not poisoned in the page cache by a hostile Host', async () => {
    await rawGet('/articles', hostile)
    const page = await (await fetch(stackUrl('/articles'))).text()
    expect(page).toContain(`<link rel="canonical" href="${origin()}/articles">`)
    expect(page).not.toContain('evil.example')
  })
})
