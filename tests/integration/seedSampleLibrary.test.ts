import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Article, Policy, Video } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedSampleLibrary } from '../../cms/src/seed/seedSampleLibrary'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { testPayload } from '../support/testPayload'

let payload: Payload
let counts: Record<string, number>

beforeAll(async () => {
  payload = await testPayload()
  counts = await seedSampleLibrary(payload, path.join(projectPaths.root, 'content'))
}, 120_000)

const nodeTypes = (node: { type: string; children?: unknown[] }): string[] => [
  node.type,
  ...(node.children ?? []).flatMap((child) => nodeTypes(child as { type: string; children?: unknown[] })),
]
const bySlug = async <T>(collection: 'articles' | 'policies' | 'videos', slug: string) =>
  (await payload.find({ collection, where: { slug: { equals: slug } }, depth: 1 })).docs[0] as T

describe('the sample library', () => {
  it('holds at least 40 study items across the four types, six topics and some notices', () => {
    const items = (counts.articles ?? 0) + (counts.policies ?? 0) + (counts.videos ?? 0) + (counts.lectures ?? 0)
    expect(items).toBeGreaterThanOrEqual(40)
    expect(counts.topics).toBeGreaterThanOrEqual(6)
    expect(counts.announcements).toBeGreaterThanOrEqual(1)
  })

  it('publishes everything, approved, with members-only items among them', async () => {
    const sampleSlugs = (await readdir(path.join(projectPaths.root, 'content/articles'))).map((file) => path.basename(file, '.md'))
    const imported = { slug: { in: sampleSlugs } }
    const drafts = await payload.count({ collection: 'articles', where: { and: [imported, { _status: { not_equals: 'published' } }] } })
    expect(drafts.totalDocs).toBe(0)
    const membersOnly = await payload.count({ collection: 'articles', where: { and: [imported, { visibility: { equals: 'members' } }] } })
    expect(membersOnly.totalDocs).toBeGreaterThan(0)
    const anonymous = await payload.count({ collection: 'articles', where: imported, overrideAccess: false })
    expect(anonymous.totalDocs).toBe((counts.articles ?? 0) - membersOnly.totalDocs)
  })

  it('turns Markdown into real rich text: headings, lists, quotes, tables and an uploaded image', async () => {
    const article = await bySlug<Article>('articles', 'red-family-tradition')
    expect(nodeTypes(article.body.root)).toEqual(expect.arrayContaining(['heading', 'list', 'listitem', 'quote', 'upload']))
    const upload = article.body.root.children.find((node) => node.type === 'upload') as unknown as { value: { url: string; alt: string } }
    expect(upload.value.url).toMatch(/^\/api\/media\/file\/red-heritage.*\.png$/)
    expect(upload.value.alt).toContain('金色小路')
    const withTable = await bySlug<Article>('articles', 'themed-party-day-innovation')
    expect(nodeTypes(withTable.body.root)).toEqual(expect.arrayContaining(['table', 'tablerow', 'tablecell']))
  })

  it('links policies both ways: what a policy supersedes and what superseded it', async () => {
    const newer = await bySlug<Policy>('policies', 'party-member-points-2025')
    const older = await bySlug<Policy>('policies', 'party-member-points-2021')
    expect((newer.supersedes as Policy[]).map((policy) => policy.slug)).toEqual(['party-member-points-2021'])
    expect(older.supersededBy?.docs?.map((doc) => (doc as Policy).id)).toEqual([newer.id])
    expect(older.validity).toBe('repealed')
  })

  it('gives videos a playable file, subtitles and chapters', async () => {
    const video = await bySlug<Video>('videos', 'story-night-school')
    expect(video.file).toMatchObject({ mimeType: 'video/mp4' })
    expect(video.subtitles).toMatchObject({ mimeType: 'text/vtt' })
    expect(video.chapters?.length).toBeGreaterThan(1)
  })
})
