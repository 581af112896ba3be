import type { Payload } from 'payload'
import { buildArticle, lexicalBody } from './factories'

// About 2,000 characters: five minutes of reading, so completion needs 150 active seconds.
const longText = '学习'.repeat(1000)

/** A published public article of about five minutes' reading, as tracking refers to it. */
export async function publishedArticle(payload: Payload, overrides: Parameters<typeof buildArticle>[0] = {}) {
  const doc = await payload.create({
    collection: 'articles',
    data: buildArticle({ _status: 'published', body: lexicalBody(longText), ...overrides }),
  })
  return { collection: 'articles' as const, id: doc.id }
}

/** A published public video of the given length (none: the player's length counts), as tracking refers to it. */
export async function publishedVideo(payload: Payload, duration: string | null = '1:40') {
  const doc = await payload.create({
    collection: 'videos',
    data: {
      title: `测试视频 ${crypto.randomUUID().slice(0, 8)}`,
      kind: 'micro',
      externalUrl: 'https://example.org/video.mp4',
      duration,
      visibility: 'public',
      reviewStatus: 'approved',
      _status: 'published',
    },
  })
  return { collection: 'videos' as const, id: doc.id }
}
