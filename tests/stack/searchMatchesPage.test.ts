import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { SearchResponse } from '@xuexi/contract/search/SearchResponse'
import matter from 'gray-matter'
import { describe, expect, it } from 'vitest'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { apiJson } from '../support/cmsApi'
import { fetchPage } from '../support/fetchPage'

// Every keyword of the sample library, and words its summaries, synopses and metadata use.
async function sampleQueries(): Promise<string[]> {
  const queries = new Set(['思想', '学习', '党支部', '基层', '纪律', '档案', '服务', '家风'])
  for (const folder of ['articles', 'policies', 'videos', 'lectures', 'announcements']) {
    const directory = path.join(projectPaths.contentDir, folder)
    for (const file of await readdir(directory)) {
      if (!file.endsWith('.md')) continue
      const { data } = matter(await readFile(path.join(directory, file), 'utf8'))
      for (const keyword of (data.keywords as string[] | undefined) ?? []) queries.add(keyword)
    }
  }
  return [...queries]
}

/** The text a reader sees on the page: the body without scripts, styles and markup (not the head's meta description). */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body'))
  return body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '')
}

const marked = (snippet: string) => [...snippet.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => (match[1] ?? '').replace(/\s+/g, ''))

describe('search results and the pages they link to', () => {
  it('shows on the linked page every piece of text a result matched', async () => {
    const missing: string[] = []
    const pages = new Map<string, string>()
    for (const query of await sampleQueries()) {
      const { body } = await apiJson<SearchResponse>(`/api/search?q=${encodeURIComponent(query)}&limit=50`)
      for (const result of body.results) {
        if (!pages.has(result.url)) pages.set(result.url, visibleText((await fetchPage(result.url)).html))
        const page = pages.get(result.url) ?? ''
        for (const text of marked(result.snippet)) if (!page.includes(text)) missing.push(`${query} → ${result.url}: 「${text}」`)
      }
    }
    expect(missing).toEqual([])
  })
})
