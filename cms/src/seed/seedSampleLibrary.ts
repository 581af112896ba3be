import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { markdownToLexical } from './markdownToLexical'
import { readMarkdownArticle } from './readMarkdownArticle'

/** Loads every `content/articles/*.md` as a published article, uploading the images it uses. */
export async function seedSampleLibrary(payload: Payload, contentDir: string): Promise<{ articles: number; images: number }> {
  const articleDir = path.join(contentDir, 'articles')
  const files = (await readdir(articleDir)).filter((name) => name.endsWith('.md')).sort()
  const mediaIds = new Map<string, number | string>()
  for (const name of files) {
    const article = await readMarkdownArticle(path.join(articleDir, name))
    const uploads = new Map<string, number | string>()
    for (const image of article.images) {
      let id = mediaIds.get(image.file)
      if (id === undefined) {
        const media = await payload.create({ collection: 'media', data: { alt: image.alt || article.meta.title }, filePath: image.file })
        id = media.id
        mediaIds.set(image.file, id)
      }
      uploads.set(image.reference, id)
    }
    const body = await markdownToLexical({ config: payload.config, markdown: article.markdown, uploads })
    await payload.create({
      collection: 'articles',
      data: { ...article.meta, publishedAt: article.meta.publishedAt.toISOString(), body, _status: 'published' },
    })
  }
  return { articles: files.length, images: mediaIds.size }
}
