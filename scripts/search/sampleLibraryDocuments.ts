import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { type SearchType, searchTypes } from '@xuexi/contract/search/SearchResponse'
import matter from 'gray-matter'
import type { SearchDocument } from '../../cms/src/search/SearchDocument'
import { projectPaths } from '../launcher/projectPaths'

// Markdown markup that is not text a reader sees: headings, list markers, quotes, emphasis, links.
function markdownToText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\*([^*\n]+)\*/g, '$1')
}

/**
 * The sample library (`content/`) as search documents, read straight from the files: the text a
 * reader sees on each page, for the search evaluation.
 */
export async function sampleLibraryDocuments(): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = []
  for (const type of searchTypes) {
    const folder = path.join(projectPaths.root, 'content', type)
    for (const file of (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()) {
      const { data, content } = matter(await readFile(path.join(folder, file), 'utf8'))
      const meta = data as Record<string, unknown>
      const speaker = meta.speaker as { name?: string } | undefined
      const summary = [
        meta.summary,
        meta.synopsis,
        ...((meta.keywords as string[] | undefined) ?? []),
        meta.documentNumber,
        meta.issuer,
        meta.author,
        speaker?.name,
      ]
      documents.push({
        type: type as SearchType,
        id: documents.length + 1,
        slug: String(meta.slug ?? file.replace(/\.md$/, '')),
        title: String(meta.title),
        summary: summary.filter((part) => typeof part === 'string' && part !== '').join('\n'),
        body: markdownToText(content),
        publishedAt: Date.parse(String(meta.publishedAt ?? '')) || 0,
        topics: ((meta.topics as string[] | undefined) ?? []).map((slug) => ({ slug, title: slug })),
        issuer: typeof meta.issuer === 'string' ? meta.issuer : undefined,
        validity: meta.validity as SearchDocument['validity'],
        visibility: 'public',
        organizationIds: [],
      })
    }
  }
  return documents
}
