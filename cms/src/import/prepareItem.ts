import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { slugPattern } from '@xuexi/contract/content/slugPattern'
import { slugify } from '../fields/slugField'
import { confinedPath } from './confinedPath'
import { type ContentType, contentTypes, type ImportCollection, isContentType } from './contentTypes'
import { ImportError } from './ImportError'
import type { ImportOptions } from './ImportOptions'
import { readSource } from './readers/readSource'
import type { SourceDocument } from './readers/SourceDocument'
import { type ReferencedFile, referencedFiles } from './referencedFiles'
import { frontMatterSchemas } from './schemas/frontMatterSchemas'

/** A file read and validated, ready to be written; nothing has touched the database yet. */
export interface PreparedItem {
  file: string
  type: ContentType
  collection: ImportCollection
  slug: string
  /** Identity of the item across re-imports. */
  importSource: string
  /** Changes when the file, its referenced files or the options change. */
  importHash: string
  meta: Record<string, unknown>
  source: SourceDocument
  files: Array<ReferencedFile & { data: Buffer }>
}

/**
 * Reads one file, validates its metadata for its content type and loads the files it references,
 * which (like the file itself, should a folder hold a link to elsewhere) must lie inside `root`.
 */
export async function prepareItem(file: string, root: string, options: ImportOptions): Promise<PreparedItem> {
  await confinedPath(root, path.dirname(file), path.basename(file))
  const { bytes, source } = await readSource(file)
  const declared = source.meta.type
  if (declared !== undefined && !isContentType(declared)) {
    throw new ImportError('INVALID_FRONT_MATTER', `type 只能是 ${Object.keys(contentTypes).join('、')}，而不是 “${String(declared)}”`)
  }
  const type = options.type ?? (declared as ContentType | undefined) ?? 'article'
  const parsed = frontMatterSchemas[type].safeParse(source.meta)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '（整体）'}：${issue.message}`)
    throw new ImportError('INVALID_FRONT_MATTER', `元数据有误：${problems.join('；')}`)
  }
  const meta: Record<string, unknown> = { ...parsed.data }
  if (options.visibility) meta.visibility = options.visibility
  meta.topics = [...new Set([...(parsed.data.topics ?? []), ...options.topics])]
  const slug = parsed.data.slug ?? slugFromFileName(file) ?? slugify(parsed.data.title)
  const markdown = source.body.format === 'markdown' ? source.body.text : ''
  const files = await Promise.all(
    referencedFiles(meta, markdown, path.dirname(file)).map(async (reference) => {
      const real = await confinedPath(root, path.dirname(file), reference.reference)
      const data = await readFile(real).catch(() => {
        throw new ImportError('MISSING_REFERENCE', `引用的文件不存在：${reference.reference}`)
      })
      return { ...reference, data }
    }),
  )
  const hash = createHash('sha256')
    .update(bytes)
    .update(JSON.stringify({ type, publish: options.publish, meta }))
  for (const referenced of files) hash.update(referenced.data)
  const collection = contentTypes[type]
  return { file, type, collection, slug, importSource: `${collection}:${slug}`, importHash: hash.digest('hex'), meta, source, files }
}

function slugFromFileName(file: string): string | undefined {
  const name = path.basename(file, path.extname(file)).toLowerCase()
  return slugPattern.test(name) ? name : undefined
}
