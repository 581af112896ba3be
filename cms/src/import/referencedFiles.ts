import path from 'node:path'

/** A file an item points to (cover, video, attachment, inline image…), resolved next to the source file. */
export interface ReferencedFile {
  /** The reference as written, e.g. `../media/cover.png`. */
  reference: string
  path: string
  alt: string
}

const singleFileFields = ['cover', 'file', 'poster', 'subtitles', 'media', 'slides'] as const

/** Every local file a front matter and Markdown body refer to. */
export function referencedFiles(meta: Record<string, unknown>, markdown: string, baseDir: string): ReferencedFile[] {
  const title = String(meta.title ?? '')
  const found: ReferencedFile[] = []
  const add = (reference: unknown, alt: string) => {
    if (typeof reference === 'string' && reference && !/^[a-z]+:/i.test(reference)) {
      found.push({ reference, path: path.resolve(baseDir, reference), alt })
    }
  }
  for (const field of singleFileFields) add(meta[field], title)
  add((meta.speaker as { photo?: unknown } | undefined)?.photo, String((meta.speaker as { name?: unknown } | undefined)?.name ?? title))
  for (const attachment of (meta.attachments as unknown[] | undefined) ?? []) add(attachment, path.basename(String(attachment)))
  for (const match of markdown.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)) add(match[2], match[1] || title)
  return found
}
