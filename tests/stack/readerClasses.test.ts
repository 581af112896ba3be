import { createHmac } from 'node:crypto'
import { payloadSecretOf } from '@xuexi/contract/auth/payloadSecretOf'
import { readerClassHeader, signReaderClass } from '@xuexi/contract/auth/readerClassCredential'
import { beforeAll, describe, expect, it } from 'vitest'
import { type CampaignMember, createCampaignMember, createCampaignSetting, fetchPageAs } from '../support/campaignStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { buildArticle } from '../support/factories'
import { fetchPage } from '../support/fetchPage'
import { pageHeaders, renderedThenKept } from '../support/renderedThenKept'

// The portal trusts the CMS's word on a session for 5 s (`sessionConfirmMs`); the users change notice
// usually ends it sooner. A revocation must show within that bound, with a little room for the notice.
const revocationBound = { timeout: 6_000, interval: 100 }

let adminToken: string
let branchA: number
let branchB: number
let memberA: CampaignMember
let memberB: CampaignMember
let forA: { slug: string; title: string }
let forB: { slug: string; title: string }

/** Publishes an article only the given organizations' members may read. */
async function restrictedArticle(organizations: number[]): Promise<{ slug: string; title: string }> {
  const article = buildArticle({ _status: 'published', visibility: 'organizations', organizations })
  const { status } = await apiJson('/api/articles', { token: adminToken, method: 'POST', body: article })
  if (status !== 201) throw new Error(`could not publish article: HTTP ${status}`)
  return { slug: article.slug as string, title: article.title }
}

/** A portal page as the holder of a session token, or anonymously. */
const pageAs = (token: string | null, pathname: string) => (token ? fetchPageAs(pathname, token) : fetchPage(pathname))

beforeAll(async () => {
  adminToken = await loginToken()
  const setting = await createCampaignSetting(adminToken)
  ;[branchA, branchB] = [setting.branchA.id, setting.branchB.id]
  ;[memberA, memberB, forA, forB] = await Promise.all([
    createCampaignMember(adminToken, branchA),
    createCampaignMember(adminToken, branchB),
    restrictedArticle([branchA]),
    restrictedArticle([branchB]),
  ])
})

describe('visibility classes on the same URL', () => {
  it('shows members of branch A, of branch B and anonymous readers only their own restricted items and names', async () => {
    // Interleaved and repeated, so each class's second read comes from the caches the others filled.
    for (let round = 0; round < 2; round += 1) {
      const [a, b, anonymous] = [
        await pageAs(memberA.token, '/articles'),
        await pageAs(memberB.token, '/articles'),
        await pageAs(null, '/articles'),
      ]
      expect(a.html).toContain(forA.title)
      expect(a.html).not.toContain(forB.title)
      expect(a.html).toContain(memberA.name)
      expect(a.html).not.toContain(memberB.name)
      expect(b.html).toContain(forB.title)
      expect(b.html).not.toContain(forA.title)
      expect(b.html).toContain(memberB.name)
      expect(b.html).not.toContain(memberA.name)
      for (const title of [forA.title, forB.title]) expect(anonymous.html).not.toContain(title)
      for (const name of [memberA.name, memberB.name]) expect(anonymous.html).not.toContain(name)
    }
  })

  it('serves a restricted item to its branch only, whoever read it first', async () => {
    expect((await pageAs(memberA.token, `/articles/${forA.slug}`)).status).toBe(200)
    const b = await pageAs(memberB.token, `/articles/${forA.slug}`)
    expect(b.status).toBe(403)
    const anonymous = await pageAs(null, `/articles/${forA.slug}`)
    expect(anonymous.status).toBe(401)
    for (const page of [b, anonymous]) expect(page.html).not.toContain(forA.title)
  })

  it('puts each member’s own name into the page their branch shares, whoever of the branch read it first', async () => {
    const second = await createCampaignMember(adminToken, branchA)
    for (const pathname of ['/articles', '/', `/articles/${forA.slug}`]) {
      await pageAs(memberA.token, pathname)
      const page = await pageAs(second.token, pathname)
      expect(page.status, pathname).toBe(200)
      expect(page.html, pathname).toContain(second.name)
      expect(page.html, pathname).not.toContain(memberA.name)
    }
  })

  it('puts a name with markup characters into the shared page escaped, wherever it stands', async () => {
    const member = await createCampaignMember(adminToken, branchA)
    const name = `王<i>"&'${member.name}`
    const renamed = await apiJson(`/api/users/${member.id}`, { token: adminToken, method: 'PATCH', body: { name } })
    expect(renamed.status).toBe(200)
    const escaped = `王&lt;i&gt;&quot;&amp;&#39;${member.name}`
    for (const pathname of ['/', '/articles', `/articles/${forA.slug}`]) {
      await expect.poll(async () => (await pageAs(member.token, pathname)).html.includes(escaped), revocationBound).toBe(true)
      const { html } = await pageAs(member.token, pathname)
      expect(html, pathname).not.toContain('王<i>')
      expect(html.split(escaped).length - 1, pathname).toBe(html.split(member.name).length - 1)
    }
  })

  it('serves two members of a branch the same item page and home but for their names, however their own study differs', async () => {
    const [first, second] = [await createCampaignMember(adminToken, branchA), await createCampaignMember(adminToken, branchA)]
    const article = await apiJson<{ docs: Array<{ id: number }> }>(`/api/articles?where[slug][equals]=${forA.slug}`, { token: adminToken })
    const favorite = await apiJson(`/api/study/favorites/articles/${article.body.docs[0]?.id}`, { token: first.token, method: 'PUT' })
    expect(favorite.status).toBeLessThan(300)
    for (const pathname of [`/articles/${forA.slug}`, '/']) {
      const [a, b] = [await pageAs(first.token, pathname), await pageAs(second.token, pathname)]
      expect(a.html.replaceAll(first.name, '·'), pathname).toBe(b.html.replaceAll(second.name, '·'))
      expect(a.html, pathname).not.toContain('aria-pressed="true"')
    }
  })

  // Astro renders the class's copy once and the portal server sends it after (`answerKeptPage`), with the
  // reader's name put in the same way.
  it('sends a member their class’s page as Astro rendered it for them when the portal server answers from the cache', async () => {
    const [rendered, kept] = await renderedThenKept('/articles', { cookie: `payload-token=${memberA.token}` })
    expect(rendered.response.status).toBe(200)
    expect(kept.body.toString()).toContain(memberA.name)
    expect(kept.response.headers.get('content-length')).toBe(String(kept.body.byteLength))
    expect(kept.body.equals(rendered.body)).toBe(true)
    expect(pageHeaders(kept.response)).toEqual(pageHeaders(rendered.response))
  })

  it('refuses class credentials a reader makes up, signed with a guess or not signed at all', async () => {
    const guessedKey = payloadSecretOf('not-the-secret-0123456789abcdef0123')
    const forged = [
      signReaderClass(guessedKey, { organization: branchA }),
      `v1.${branchA}.${Date.now() + 60_000}.${createHmac('sha256', 'x').update('y').digest('base64url')}`,
      `v1.${branchA}`,
    ]
    for (const credential of forged) {
      const response = await fetch(stackUrl(`/api/articles?where[slug][equals]=${forA.slug}`), {
        headers: { [readerClassHeader]: credential },
      })
      expect(((await response.json()) as { docs: unknown[] }).docs).toEqual([])
    }
    const portal = await fetch(stackUrl('/articles'), { headers: { [readerClassHeader]: forged[0] as string } })
    expect(await portal.text()).not.toContain(forA.title)
  })
})

describe('session revocation within the bound', () => {
  it('ends a session signed out in the CMS on every portal page', async () => {
    const member = await createCampaignMember(adminToken, branchA)
    expect((await pageAs(member.token, `/articles/${forA.slug}`)).status).toBe(200)
    const { status } = await apiJson('/api/users/logout', { token: member.token, method: 'POST' })
    expect(status).toBe(200)
    await expect.poll(async () => (await pageAs(member.token, `/articles/${forA.slug}`)).status, revocationBound).toBe(401)
    expect((await pageAs(member.token, '/me')).status).toBe(302)
  })

  it('ends a session when an administrator sets a new password', async () => {
    const member = await createCampaignMember(adminToken, branchA)
    expect((await pageAs(member.token, '/me')).status).toBe(200)
    await apiJson(`/api/users/${member.id}`, { token: adminToken, method: 'PATCH', body: { password: 'another-horse-battery' } })
    await expect.poll(async () => (await pageAs(member.token, '/me')).status, revocationBound).toBe(302)
  })

  it('moves a member to their new branch’s class when an administrator moves them', async () => {
    const member = await createCampaignMember(adminToken, branchA)
    expect((await pageAs(member.token, '/articles')).html).toContain(forA.title)
    await apiJson(`/api/users/${member.id}`, { token: adminToken, method: 'PATCH', body: { organization: branchB } })
    await expect
      .poll(async () => {
        const html = (await pageAs(member.token, '/articles')).html
        return { seesA: html.includes(forA.title), seesB: html.includes(forB.title) }
      }, revocationBound)
      .toEqual({ seesA: false, seesB: true })
  })

  it('takes a demoted organizer’s organizer pages away', async () => {
    const organizer = await createCampaignMember(adminToken, branchA, 'organizer')
    expect((await pageAs(organizer.token, '/organize')).status).toBe(200)
    await apiJson(`/api/users/${organizer.id}`, { token: adminToken, method: 'PATCH', body: { role: 'member' } })
    await expect.poll(async () => (await pageAs(organizer.token, '/organize')).status, revocationBound).not.toBe(200)
    expect((await pageAs(organizer.token, '/articles')).html).toContain(forA.title)
  })
})
