import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildArticle, uniqueId } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('slugs', () => {
  it('gives a Chinese title a readable pinyin slug, unique within the collection, that survives a title change', async () => {
    const title = `学习贯彻 ${uniqueId()} 专题研讨`
    const first = await payload.create({ collection: 'articles', data: buildArticle({ title, slug: undefined }), draft: true })
    const second = await payload.create({ collection: 'articles', data: buildArticle({ title, slug: undefined }), draft: true })
    expect(first.slug).toMatch(/^xue-xi-guan-che-[0-9a-f]+-zhuan-ti-yan-tao$/)
    expect(second.slug).toBe(`${first.slug}-2`)
    const renamed = await payload.update({ collection: 'articles', id: first.id, data: { title: '完全不同的新标题' }, draft: true })
    expect(renamed.slug).toBe(first.slug)
  })
})
