import { writeFile } from 'node:fs/promises'
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'

/** A small red PNG, for images inside generated documents. */
export function redSquarePng(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 64, channels: 3, background: '#b81c22' } })
    .png()
    .toBuffer()
}

/** Writes a Word document with a title, headings, bold text, a bullet list, a table and an image. */
export async function writeDocx(file: string, title: string): Promise<void> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] })
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
          new Paragraph({ text: '一、学习要求', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [new TextRun('全体党员要'), new TextRun({ text: '原原本本', bold: true }), new TextRun('学习文件精神。')],
          }),
          new Paragraph({ text: '读原著', bullet: { level: 0 } }),
          new Paragraph({ text: '学原文', bullet: { level: 0 } }),
          new Table({
            rows: [new TableRow({ children: [cell('项目'), cell('分值')] }), new TableRow({ children: [cell('集中学习'), cell('5')] })],
          }),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: await redSquarePng(), transformation: { width: 64, height: 64 } })],
          }),
        ],
      },
    ],
  })
  await writeFile(file, await Packer.toBuffer(document))
}

/** Prints HTML to a PDF with Chromium: real text (with CJK fonts) unless the HTML holds only pictures. */
export async function writePdf(browser: Browser, file: string, html: string): Promise<void> {
  const page = await browser.newPage()
  await page.setContent(`<html lang="zh-CN"><body style="font-family:'Noto Sans CJK SC',sans-serif">${html}</body></html>`)
  await writeFile(file, await page.pdf({ format: 'A4' }))
  await page.close()
}
