import { readFile } from 'node:fs/promises'
import path from 'node:path'
import matter from 'gray-matter'
import { type ArticleFrontMatter, articleFrontMatter } from './articleFrontMatter'

/** An article file: validated front matter, Markdown body and the local images it references. */
export interface MarkdownArticle {
  file: string
  meta: ArticleFrontMatter
  markdown: string
  images: Array<{ alt: string; reference: string; file: string }>
}

const imagePattern = /!\[([^\]]*)\]\(([^)\s]+)\)/g

/** Reads and validates one Markdown article; errors name the file and every problem. */
export async function readMarkdownArticle(file: string): Promise<MarkdownArticle> {
  const parsed = matter(await readFile(file, 'utf8'))
  const meta = articleFrontMatter.safeParse(parsed.data)
  if (!meta.success) {
    const problems = meta.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('；')
    throw new Error(`${file} 的 front matter 有误：${problems}`)
  }
  const images = [...parsed.content.matchAll(imagePattern)]
    .filter((match) => !/^[a-z]+:/i.test(match[2] ?? ''))
    .map((match) => ({ alt: match[1] ?? '', reference: match[2] ?? '', file: path.resolve(path.dirname(file), match[2] ?? '') }))
  return { file, meta: meta.data, markdown: parsed.content, images }
}
