import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Article, Campaign, Media } from '@xuexi/contract/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningStack, startStack } from '../../scripts/launcher/startStack'
import { buildArticle, buildCampaign } from '../support/factories'
import { redSquarePng } from '../support/importFixtures'
import { quietLogger } from '../support/quietLogger'
import { stackAdmin } from '../support/stackAdmin'
import { startS3Server, type TestS3Server } from '../support/startS3Server'
import { testStackOptions } from '../support/testStackOptions'

// A stack of its own, in S3 mode: its media and exports go to a real S3-compatible server (s3rver).
let s3: TestS3Server
let dataDir: string
let stack: RunningStack
let adminToken: string
let png: Buffer

const url = (pathname: string) => new URL(pathname, stack.url).href
const auth = (token?: string): Record<string, string> => (token ? { authorization: `JWT ${token}` } : {})

async function post<T>(pathname: string, body: unknown): Promise<T> {
  const response = await fetch(url(pathname), {
    method: 'POST',
    headers: { ...auth(adminToken), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const answer = (await response.json()) as T
  if (response.status >= 300) throw new Error(`POST ${pathname}: HTTP ${response.status} ${JSON.stringify(answer)}`)
  return answer
}

async function upload(name: string): Promise<Media> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${name}-${Date.now()}.png`)
  form.append('_payload', JSON.stringify({ alt: name }))
  const response = await fetch(url('/api/media'), { method: 'POST', body: form, headers: auth(adminToken) })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Media }).doc
}

const filenamesOf = (media: Media) =>
  [media.filename, media.sizes?.thumbnail?.filename, media.sizes?.content?.filename].filter((name): name is string => Boolean(name))
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer())
const filesUnder = (folder: string) => readdir(folder, { recursive: true }).catch(() => [] as string[])

beforeAll(async () => {
  s3 = await startS3Server()
  dataDir = await mkdtemp(path.join(tmpdir(), 'portal-s3-'))
  await chmod(dataDir, 0o755)
  stack = await startStack({ ...testStackOptions(dataDir, quietLogger(), (message) => console.warn(message)), env: s3.env })
  const login = await fetch(url('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(stackAdmin),
  })
  adminToken = ((await login.json()) as { token: string }).token
  png = await redSquarePng()
}, 240_000)

afterAll(async () => {
  await stack?.stop()
  await s3?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('media and exports on S3-compatible object storage', () => {
  it('stores an upload and its resized versions in the bucket, not on the local disk', async () => {
    const media = await upload('s3-stored')
    expect(filenamesOf(media).length).toBeGreaterThanOrEqual(2)
    const keys = await s3.keys()
    for (const name of filenamesOf(media)) expect(keys).toContain(name)
    const stored = await s3.client.getObject({ Bucket: s3.bucket, Key: media.filename as string })
    expect(Buffer.from(await (stored.Body as NonNullable<typeof stored.Body>).transformToByteArray()).equals(png)).toBe(true)
    expect(await filesUnder(path.join(dataDir, 'media'))).toEqual([])
  })

  it('serves the file through the CMS with the uploaded bytes, and a Range request with 206 and the right slice', async () => {
    const media = await upload('s3-served')
    const whole = await fetch(url(media.url as string), { headers: auth(adminToken) })
    expect(whole.status).toBe(200)
    expect(whole.headers.get('cache-control')).toBe('private, max-age=86400')
    expect((await bytesOf(whole)).equals(png)).toBe(true)
    const part = await fetch(url(media.url as string), { headers: { ...auth(adminToken), range: 'bytes=10-29' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 10-29/${png.length}`)
    expect((await bytesOf(part)).equals(png.subarray(10, 30))).toBe(true)
  })

  it('refuses a file no published item uses to anonymous readers, and serves it once a public article uses it', async () => {
    const media = await upload('s3-restricted')
    for (const name of filenamesOf(media)) expect((await fetch(url(`/api/media/file/${name}`))).status, name).toBe(403)
    await post<{ doc: Article }>('/api/articles', buildArticle({ _status: 'published', visibility: 'public', cover: media.id }))
    await expect.poll(async () => (await fetch(url(media.url as string))).status).toBe(200)
    expect((await bytesOf(await fetch(url(media.url as string)))).equals(png)).toBe(true)
  })

  it('deletes the objects of a deleted media item, resized versions included', async () => {
    const media = await upload('s3-deleted')
    const response = await fetch(url(`/api/media/${media.id}`), { method: 'DELETE', headers: auth(adminToken) })
    expect(response.status).toBe(200)
    const keys = await s3.keys()
    for (const name of filenamesOf(media)) expect(keys).not.toContain(name)
  })

  it('round-trips a campaign export through the bucket, downloadable by its requester only', async () => {
    const organization = await post<{ doc: { id: number } }>('/api/organizations', { name: `对象存储支部 ${Date.now()}` })
    const article = await post<{ doc: Article }>('/api/articles', buildArticle({ _status: 'published' }))
    const campaign = await post<{ doc: Campaign }>(
      '/api/campaigns',
      buildCampaign([organization.doc.id], [{ collection: 'articles', id: article.doc.id }]),
    )
    const queued = await post<{ jobId: number }>(`/api/campaigns/${campaign.doc.id}/exports`, {})
    const status = async () =>
      (
        (await (await fetch(url(`/api/campaigns/${campaign.doc.id}/exports/${queued.jobId}`), { headers: auth(adminToken) })).json()) as {
          status: string
        }
      ).status
    await expect.poll(status, { timeout: 30_000 }).toBe('done')
    const key = `exports/campaign-export-${queued.jobId}.xlsx`
    expect(await s3.keys()).toContain(key)
    expect(await filesUnder(path.join(dataDir, 'exports'))).toEqual([])
    const download = await fetch(url(`/api/campaigns/${campaign.doc.id}/exports/${queued.jobId}/file`), { headers: auth(adminToken) })
    expect(download.status).toBe(200)
    const stored = await s3.client.getObject({ Bucket: s3.bucket, Key: key })
    const storedBytes = Buffer.from(await (stored.Body as NonNullable<typeof stored.Body>).transformToByteArray())
    expect((await bytesOf(download)).equals(storedBytes)).toBe(true)
    expect(storedBytes.subarray(0, 2).toString()).toBe('PK')
    expect((await fetch(url(`/api/campaigns/${campaign.doc.id}/exports/${queued.jobId}/file`))).status).toBeGreaterThanOrEqual(401)
  })
})
