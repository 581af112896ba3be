import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../cms/src/payload-types'
import { seedSampleLibrary } from '../../cms/src/seed/seedSampleLibrary'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { testPayload } from '../support/testPayload'

let payload: Payload
let seeded: { articles: number; images: number }

beforeAll(async () => {
  payload = await testPayload()
  seeded = await seedSampleLibrary(payload, path.join(projectPaths.root, 'content'))
})

const nodeTypes = (article: Article) => {
  const types: string[] = []
  const walk = (node: { type: string; children?: unknown[] }) => {
    types.push(node.type)
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] })
  }
  walk(article.body.root)
  return types
}

describe('the sample library', () => {
  it('publishes every Markdown article in content/ with its front matter', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'red-family-tradition' } },
      overrideAccess: false,
    })
    expect(seeded.articles).toBeGreaterThanOrEqual(5)
    expect(docs[0]).toMatchObject({ title: '让红色家风在代际传承中历久弥新', _status: 'published', source: '学习园地编辑部' })
    expect(docs[0]?.publishedAt?.startsWith('2026-06-30')).toBe(true)
  })

  it('turns Markdown into real rich text: headings, lists, quotes and an uploaded image', async () => {
    const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'red-family-tradition' } }, depth: 1 })
    const article = docs[0] as Article
    expect(nodeTypes(article)).toEqual(expect.arrayContaining(['heading', 'list', 'listitem', 'quote', 'upload']))
    expect(seeded.images).toBe(1)
    const upload = article.body.root.children.find((node) => node.type === 'upload') as unknown as { value: { url: string; alt: string } }
    expect(upload.value.url).toMatch(/^\/api\/media\/file\/red-heritage.*\.png$/)
    expect(upload.value.alt).toContain('金色小路')
  })
})
