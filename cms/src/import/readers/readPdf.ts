import { extractText, getDocumentProxy } from 'unpdf'
import { ImportError } from '../ImportError'
import { plainTextToHtml } from './plainTextToHtml'
import type { SourceDocument } from './SourceDocument'
import { unifyRadicals } from './unifyRadicals'

// Fewer visible characters than this means the PDF is images of pages, not text.
const minimumCharacters = 10

/** A PDF with a text layer: the first line is the title, the rest the body. */
export async function readPdf(bytes: Buffer): Promise<SourceDocument> {
  let pages: string[]
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    pages = (await extractText(pdf, { mergePages: false })).text
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ImportError('UNREADABLE_FILE', `无法读取 PDF（文件可能已损坏或已加密）：${reason}`)
  }
  const lines = unifyRadicals(pages.join('\n')).split(/\r?\n/)
  if (lines.join('').replace(/\s/g, '').length < minimumCharacters) {
    throw new ImportError('NO_TEXT_IN_PDF', 'PDF 中没有可提取的文字（可能是扫描件）。请先用文字识别（OCR）转换，或改为导入 Word 文件')
  }
  const titleIndex = lines.findIndex((line) => line.trim())
  const title = (lines[titleIndex] ?? '').trim()
  return { meta: { title }, body: { format: 'html', text: plainTextToHtml(lines.slice(titleIndex + 1)) }, embeddedImages: [] }
}
