import { escapeHtml } from '../../utilities/escapeHtml'

// Chinese document headings: 一、… （一）… 第一章 … 第三条 …
const headingPattern = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十百]+[章节条])/
const sentenceEnd = /[。！？；：”」』.!?]$/

/**
 * Turns lines of plain text into HTML paragraphs. Lines that wrap mid-sentence (as PDF text does)
 * are joined; short lines that look like Chinese document headings become headings.
 */
export function plainTextToHtml(lines: readonly string[]): string {
  const blocks: string[] = []
  let paragraph = ''
  const flush = () => {
    if (paragraph) blocks.push(`<p>${escapeHtml(paragraph)}</p>`)
    paragraph = ''
  }
  for (const raw of lines) {
    const line = raw.trim()
    if (!line) {
      flush()
      continue
    }
    if (headingPattern.test(line) && line.length <= 30 && !sentenceEnd.test(line)) {
      flush()
      blocks.push(`<h2>${escapeHtml(line)}</h2>`)
      continue
    }
    const joiner = paragraph && /[A-Za-z0-9]$/.test(paragraph) && /^[A-Za-z0-9]/.test(line) ? ' ' : ''
    paragraph += joiner + line
    if (sentenceEnd.test(line)) flush()
  }
  flush()
  return blocks.join('\n')
}
