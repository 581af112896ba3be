import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ImportError } from '../ImportError'
import { readDocx } from './readDocx'
import { readMarkdown } from './readMarkdown'
import { readPdf } from './readPdf'
import { readText } from './readText'
import type { SourceDocument } from './SourceDocument'

/** File extensions the importer understands. */
export const importableExtensions = ['.md', '.markdown', '.txt', '.docx', '.pdf'] as const

/** Reads any importable file into a SourceDocument, or fails with a clear ImportError. */
export async function readSource(file: string): Promise<{ bytes: Buffer; source: SourceDocument }> {
  const extension = path.extname(file).toLowerCase()
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError('UNREADABLE_FILE', `无法读取文件：${error.code ?? error.message}`)
  })
  if (bytes.length === 0) throw new ImportError('EMPTY_FILE', '文件是空的（0 字节）')
  const baseName = path.basename(file, extension)
  switch (extension) {
    case '.md':
    case '.markdown':
      return { bytes, source: readMarkdown(bytes) }
    case '.txt':
      return { bytes, source: readText(bytes) }
    case '.docx':
      return { bytes, source: await readDocx(bytes, baseName) }
    case '.pdf':
      return { bytes, source: await readPdf(bytes) }
    default:
      throw new ImportError('UNSUPPORTED_FILE', `不支持的文件类型 ${extension || '（无扩展名）'}：可导入 .md、.txt、.docx、.pdf`)
  }
}
