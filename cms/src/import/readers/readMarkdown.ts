import matter from 'gray-matter'
import { ImportError } from '../ImportError'
import type { SourceDocument } from './SourceDocument'

/** Markdown with YAML front matter. */
export function readMarkdown(bytes: Buffer): SourceDocument {
  let parsed: matter.GrayMatterFile<string>
  try {
    parsed = matter(bytes.toString('utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ImportError('INVALID_FRONT_MATTER', `front matter 不是有效的 YAML：${reason}`)
  }
  if (!parsed.content.trim() && Object.keys(parsed.data).length === 0) throw new ImportError('EMPTY_FILE', '文件是空的')
  return { meta: parsed.data, body: { format: 'markdown', text: parsed.content }, embeddedImages: [] }
}
