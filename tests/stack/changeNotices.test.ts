import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Article } from '@xuexi/contract/payload-types'
import type { SearchResponse } from '@xuexi/contract/search/SearchResponse'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { apiJson, loginToken } from '../support/cmsApi'
import { buildArticle, uniqueId } from '../support/factories'
import { fetchPage } from '../support/fetchPage'

// Derived state (the CMS's search index, the portal's page and CMS caches) follows PostgreSQL's change
// notices, whoever writes: here SQL run by hand and the import command, which the CMS never hears of.
const withinTwoSeconds = { timeout: 2_000, interval: 100 }
const feeds = ['content-changes:cms', 'content-changes:portal', 'content-changes:search']

let database: pg.Client
let token: string

beforeAll(async () => {
  database = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
  await database.connect()
  token = await loginToken()
})

afterAll(async () => {
  await database.end()
})

// A word of its own per test, in letters the tokenizer keeps whole, so each test finds only its items.
const uniqueWord = () => `变更通知${uniqueId().replace(/\d/g, (digit) => '零一二三四五六七八九'[Number(digit)] as string)}`

async function searchSlugs(word: string): Promise<string[]> {
  const { body } = await apiJson<SearchResponse>(`/api/search?q=${encodeURIComponent(word)}`)
  return body.results.map((result) => result.slug)
}

/** A published article whose page, the articles list and search have all been read (cached) once. */
async function publishedAndCached(title: string): Promise<Article> {
  const { body } = await apiJson<{ doc: Article }>('/api/articles', {
    token,
    method: 'POST',
    body: buildArticle({ title, _status: 'published' }),
  })
  const article = body.doc
  await expect.poll(() => searchSlugs(title), withinTwoSeconds).toEqual([article.slug])
  expect((await fetchPage(`/articles/${article.slug}`)).html).toContain(title)
  expect((await fetchPage('/articles')).html).toContain(title)
  return article
}

async function expectShownEverywhere(article: Article, title: string): Promise<void> {
  await expect.poll(() => searchSlugs(title), withinTwoSeconds).toEqual([article.slug])
  await expect.poll(async () => (await fetchPage(`/articles/${article.slug}`)).html, withinTwoSeconds).toContain(title)
  await expect.poll(async () => (await fetchPage('/articles')).html, withinTwoSeconds).toContain(title)
}

async function feedConnections(): Promise<Array<{ name: string; pid: number }>> {
  const { rows } = await database.query<{ name: string; pid: number }>(
    'SELECT application_name AS name, pid FROM pg_stat_activity WHERE application_name = ANY($1) ORDER BY application_name',
    [feeds],
  )
  return rows
}

describe('change notices from PostgreSQL', () => {
  it('shows an edit made by SQL by hand in search, on the page and in the list within 2 seconds', async () => {
    const before = uniqueWord()
    const after = uniqueWord()
    const article = await publishedAndCached(before)

    await database.query('UPDATE articles SET title = $1 WHERE id = $2', [after, article.id])

    await expectShownEverywhere(article, after)
    expect(await searchSlugs(before)).toEqual([])
  })

  it('takes an item deleted by SQL out of search and the portal within 2 seconds', async () => {
    const title = uniqueWord()
    const article = await publishedAndCached(title)

    await database.query('DELETE FROM articles WHERE id = $1', [article.id])

    await expect.poll(() => searchSlugs(title), withinTwoSeconds).toEqual([])
    await expect.poll(async () => (await fetchPage(`/articles/${article.slug}`)).status, withinTwoSeconds).toBe(404)
    await expect.poll(async () => (await fetchPage('/articles')).html, withinTwoSeconds).not.toContain(title)
  })

  it('catches up with writes made while its listening connections were cut', async () => {
    const before = uniqueWord()
    const after = uniqueWord()
    const article = await publishedAndCached(before)
    const listening = await feedConnections()
    expect(listening.map((connection) => connection.name)).toEqual(feeds)

    // Cut both listeners and write in the same transaction, before either can have listened again.
    await database.query('BEGIN')
    await database.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ANY($1)', [feeds])
    await database.query('UPDATE articles SET title = $1 WHERE id = $2', [after, article.id])
    await database.query('COMMIT')

    await expectShownEverywhere(article, after)
    const again = await feedConnections()
    expect(again.map((connection) => connection.name)).toEqual(feeds)
    expect(again.map((connection) => connection.pid)).not.toEqual(expect.arrayContaining(listening.map((connection) => connection.pid)))
  })

  it('finds and lists what the import command published within 2 seconds of its summary line', { timeout: 180_000 }, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'notices-import-'))
    const titles = [uniqueWord(), uniqueWord(), uniqueWord()]
    for (const [index, title] of titles.entries())
      await writeFile(path.join(folder, `paper-${index}.md`), `---\ntitle: "${title}"\n---\n\n${title}的正文。\n`)

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(projectPaths.root, 'scripts/import.ts'), '--publish', '--visibility', 'public', folder],
      { cwd: projectPaths.root, env: { ...process.env, DATABASE_URL: '', PORTAL_DATA_DIR: inject('stackDataDir') } },
    )
    expect(stdout).toContain('imported 3, skipped 0, failed 0')

    for (const title of titles) {
      await expect.poll(async () => (await searchSlugs(title)).length, withinTwoSeconds).toBe(1)
      await expect.poll(async () => (await fetchPage('/articles')).html, withinTwoSeconds).toContain(title)
    }
  })
})
