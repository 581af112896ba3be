import { JSDOM } from 'jsdom'
import mammoth from 'mammoth'
import { ImportError } from '../ImportError'
import type { SourceDocument } from './SourceDocument'

/** A Word document: headings, lists, bold, tables and images; the first heading (or line) is the title. */
export async function readDocx(bytes: Buffer, baseName: string): Promise<SourceDocument> {
  const embeddedImages: SourceDocument['embeddedImages'] = []
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        convertImage: mammoth.images.imgElement(async (image) => {
          const extension = image.contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png'
          const reference = `docx-image-${embeddedImages.length + 1}`
          embeddedImages.push({
            reference,
            data: await image.readAsBuffer(),
            filename: `${baseName}-${embeddedImages.length + 1}.${extension}`,
          })
          return { src: reference }
        }),
      },
    )
    html = result.value
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ImportError('UNREADABLE_FILE', `无法读取 Word 文件（文件可能已损坏，或不是 .docx 格式）：${reason}`)
  }
  const document = new JSDOM(`<body>${html}</body>`).window.document
  const titleElement = document.querySelector('h1') ?? document.querySelector('p, h2, h3')
  const title = titleElement?.textContent?.trim() ?? ''
  if (!title && !document.body.textContent?.trim()) throw new ImportError('EMPTY_FILE', 'Word 文件中没有内容')
  titleElement?.remove()
  return { meta: { title }, body: { format: 'html', text: document.body.innerHTML }, embeddedImages }
}
