import type { Article, Media } from '@xuexi/contract/payload-types'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { buildArticle } from '../support/factories'
import { redSquarePng } from '../support/importFixtures'
import { sampleMembers } from '../support/stackAdmin'

async function upload(token: string, name: string): Promise<Media> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await redSquarePng())], { type: 'image/png' }), `${name}.png`)
  form.append('_payload', JSON.stringify({ alt: name }))
  const response = await fetch(stackUrl('/api/media'), { method: 'POST', body: form, headers: { authorization: `JWT ${token}` } })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Media }).doc
}

const fileUrls = (media: Media) =>
  [media.url, media.sizes?.thumbnail?.url, media.sizes?.content?.url].filter((url): url is string => Boolean(url))
const headers = (token?: string): Record<string, string> => (token ? { authorization: `JWT ${token}` } : {})

describe('media files of restricted items', () => {
  let adminToken: string
  let memberToken: string
  let restricted: Media
  let open: Media

  beforeAll(async () => {
    adminToken = await loginToken()
    memberToken = await loginToken({ username: sampleMembers.member, password: sampleMembers.password })
    restricted = await upload(adminToken, `members-only-${Date.now()}`)
    open = await upload(adminToken, `public-${Date.now()}`)
    for (const [media, visibility] of [
      [restricted, 'members'],
      [open, 'public'],
    ] as const) {
      const created = await apiJson<{ doc: Article }>('/api/articles', {
        token: adminToken,
        method: 'POST',
        body: buildArticle({ _status: 'published', visibility, cover: media.id }),
      })
      expect(created.status).toBe(201)
    }
  })

  it('hides a members-only item’s file from anonymous visitors: list, by id, GraphQL, file URL and every resized version', async () => {
    expect(fileUrls(restricted).length).toBeGreaterThanOrEqual(2)
    const list = await apiJson<{ docs: Media[] }>(`/api/media?limit=0&depth=0&where[id][equals]=${restricted.id}`)
    expect(list.body.docs).toEqual([])
    expect((await apiJson(`/api/media/${restricted.id}`)).status).toBeGreaterThanOrEqual(403)
    const graphql = await fetch(stackUrl('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ Media(id: ${restricted.id}) { id url } }` }),
    })
    expect(JSON.stringify(await graphql.json())).not.toContain(restricted.url as string)
    for (const url of fileUrls(restricted)) expect((await fetch(stackUrl(url))).status, url).toBe(403)
  })

  it('serves the file to a member, privately', async () => {
    for (const url of fileUrls(restricted)) {
      const response = await fetch(stackUrl(url), { headers: headers(memberToken) })
      expect(response.status, url).toBe(200)
      expect(response.headers.get('cache-control')).toMatch(/private/)
      expect(response.headers.get('cache-control')).not.toMatch(/public/)
    }
  })

  it('keeps the file of a public item public', async () => {
    for (const url of fileUrls(open)) expect((await fetch(stackUrl(url))).status, url).toBe(200)
    const list = await apiJson<{ docs: Media[] }>(`/api/media?depth=0&where[id][equals]=${open.id}`)
    expect(list.body.docs.map((doc) => doc.id)).toEqual([open.id])
  })
})
