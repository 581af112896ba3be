import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Article } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportOptions } from '../../cms/src/import/ImportOptions'
import { importFiles } from '../../cms/src/import/importFiles'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { uniqueId } from '../support/factories'
import { redSquarePng, writeDocx, writePdf } from '../support/importFixtures'
import { launchChromium } from '../support/launchChromium'
import { testPayload } from '../support/testPayload'

let payload: Payload
let browser: Browser
const drafts: ImportOptions = { publish: false, topics: [], dryRun: false }

beforeAll(async () => {
  payload = await testPayload()
  browser = await launchChromium()
  await payload.create({ collection: 'topics', data: { title: '导入测试专题', slug: 'import-test-topic' } }).catch(() => undefined)
})

afterAll(async () => {
  await browser?.close()
})

async function folder(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'portal-import-'))
}

const article = async (slug: string) =>
  (await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, draft: true, depth: 1 })).docs[0] as Article
const nodeTypes = (node: { type: string; children?: unknown[] }): string[] => [
  node.type,
  ...(node.children ?? []).flatMap((child) => nodeTypes(child as { type: string; children?: unknown[] })),
]

describe('importing documents', () => {
  it('imports Markdown, plain text, Word and text PDF as drafts, keeping structure and images', async () => {
    const dir = await folder()
    const id = uniqueId()
    await writeFile(
      path.join(dir, `md-${id}.md`),
      `---\ntitle: "Markdown 文章 ${id}"\nslug: "md-${id}"\n---\n\n## 小标题\n\n- 要点\n\n> 引用\n`,
    )
    await writeFile(path.join(dir, `txt-${id}.txt`), `纯文本标题 ${id}\n\n第一段内容，\n跨行继续。\n\n第二段。\n`)
    await writeDocx(path.join(dir, `docx-${id}.docx`), `Word 标题 ${id}`)
    await writePdf(browser, path.join(dir, `pdf-${id}.pdf`), `<h1>PDF 标题 ${id}</h1><p>这是从 PDF 中提取的正文内容。</p>`)

    const report = await importFiles(payload, [dir], drafts)
    expect(report).toMatchObject({ imported: 4, skipped: 0, failed: 0 })

    const markdown = await article(`md-${id}`)
    expect(markdown._status).toBe('draft')
    expect(nodeTypes(markdown.body.root)).toEqual(expect.arrayContaining(['heading', 'list', 'quote']))
    expect((await article(`txt-${id}`)).title).toBe(`纯文本标题 ${id}`)
    expect(JSON.stringify((await article(`txt-${id}`)).body)).toContain('第一段内容，跨行继续。')

    const word = await article(`docx-${id}`)
    expect(word.title).toBe(`Word 标题 ${id}`)
    expect(nodeTypes(word.body.root)).toEqual(expect.arrayContaining(['heading', 'list', 'table', 'upload']))
    expect(JSON.stringify(word.body)).toMatch(/"text":"原原本本","type":"text"|"format":1[^}]*"text":"原原本本"/)

    const pdf = await article(`pdf-${id}`)
    expect(pdf.title).toBe(`PDF 标题 ${id}`)
    expect(JSON.stringify(pdf.body)).toContain('这是从 PDF 中提取的正文内容。')
  })

  it('updates instead of duplicating when the same files are imported again', async () => {
    const dir = await folder()
    const id = uniqueId()
    const file = path.join(dir, `again-${id}.md`)
    await writeFile(file, `---\ntitle: "第一版 ${id}"\n---\n\n正文。\n`)
    expect(await importFiles(payload, [dir], drafts)).toMatchObject({ imported: 1, skipped: 0 })
    expect(await importFiles(payload, [dir], drafts)).toMatchObject({ imported: 0, skipped: 1 })
    await writeFile(file, `---\ntitle: "第二版 ${id}"\n---\n\n正文。\n`)
    const third = await importFiles(payload, [dir], drafts)
    expect(third.outcomes.map((outcome) => outcome.outcome)).toEqual(['updated'])
    const found = await payload.find({ collection: 'articles', where: { slug: { equals: `again-${id}` } }, draft: true })
    expect(found.docs.map((doc) => doc.title)).toEqual([`第二版 ${id}`])
  })

  it('reports each bad file with its reason and writes nothing for it', async () => {
    const dir = await folder()
    await writeFile(path.join(dir, 'empty.md'), '')
    await writeFile(path.join(dir, 'corrupt.docx'), 'this is not a zip archive')
    await writePdf(browser, path.join(dir, 'scanned.pdf'), `<img src="data:image/png;base64,${(await redSquarePng()).toString('base64')}">`)
    await writeFile(path.join(dir, 'wrong-front-matter.md'), '---\ntype: "policy"\ntitle: "缺少文号的文件"\n---\n正文\n')
    await writeFile(path.join(dir, 'broken-yaml.md'), '---\ntitle: [未闭合\n---\n正文\n')
    const before = await payload.count({ collection: 'articles' })
    const report = await importFiles(payload, [dir], drafts)
    expect(report).toMatchObject({ imported: 0, failed: 5 })
    const reasons = Object.fromEntries(
      report.failures.map((failure) => [path.basename(failure.file), `${failure.code} ${failure.message}`]),
    )
    expect(reasons['empty.md']).toContain('EMPTY_FILE 文件是空的')
    expect(reasons['corrupt.docx']).toContain('UNREADABLE_FILE 无法读取 Word 文件')
    expect(reasons['scanned.pdf']).toContain('NO_TEXT_IN_PDF PDF 中没有可提取的文字（可能是扫描件）')
    expect(reasons['wrong-front-matter.md']).toContain('缺少文号 documentNumber')
    expect(reasons['broken-yaml.md']).toContain('INVALID_FRONT_MATTER')
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses referenced files outside the imported folder (absolute, ../, symbolic links), per item in Chinese', async () => {
    const outside = await folder()
    const dir = path.join(outside, 'import')
    await mkdir(path.join(dir, 'media'), { recursive: true })
    const secret = path.join(outside, `secret-${uniqueId()}.png`)
    await writeFile(secret, await redSquarePng())
    await writeFile(path.join(outside, 'outside.md'), '---\ntitle: "文件夹外的文章"\n---\n正文\n')
    await writeFile(path.join(dir, 'media', 'inside.png'), await redSquarePng())
    await symlink(secret, path.join(dir, 'media', 'link.png'))
    await symlink(path.join(outside, 'outside.md'), path.join(dir, 'linked-source.md'))
    const item = (name: string, extra: string) =>
      writeFile(path.join(dir, `${name}.md`), `---\ntitle: "路径测试 ${name}"\n${extra}---\n正文\n`)
    await item('absolute', `cover: "${secret}"\n`)
    await item('parent', `cover: "../${path.basename(secret)}"\n`)
    await item('climbing', `cover: "media/../../${path.basename(secret)}"\n`)
    await item('symlinked', 'cover: "media/link.png"\n')
    await writeFile(path.join(dir, 'body-image.md'), `---\ntitle: "路径测试 body"\n---\n![图](../${path.basename(secret)})\n`)
    await item('inside', 'cover: "media/inside.png"\n')
    const report = await importFiles(payload, [dir], drafts)
    const reasons = Object.fromEntries(report.failures.map((failure) => [path.basename(failure.file), failure]))
    for (const name of ['absolute', 'parent', 'climbing', 'symlinked', 'body-image', 'linked-source']) {
      expect(reasons[`${name}.md`]?.code, name).toBe('REFERENCE_OUTSIDE_FOLDER')
    }
    expect(reasons['absolute.md']?.message).toContain('不能是绝对路径')
    expect(reasons['parent.md']?.message).toContain('引用的文件在导入的文件夹之外')
    expect(report).toMatchObject({ imported: 1, failed: 6 })
    expect(report.outcomes.map((outcome) => path.basename(outcome.file))).toEqual(['inside.md'])
    // A wider root, named on purpose, lets the same items in.
    const widened = await importFiles(payload, [path.join(dir, 'parent.md')], { ...drafts, root: outside })
    expect(widened).toMatchObject({ imported: 1, failed: 0 })
  })

  it('writes each item atomically: a failure after its files were uploaded leaves no files behind', async () => {
    const dir = await folder()
    await mkdir(path.join(dir, 'media'))
    const attachment = path.join(dir, 'media', `attachment-${uniqueId()}.pdf`)
    await writePdf(browser, attachment, `<p>附件 ${uniqueId()}</p>`)
    const policy = `---\ntype: "policy"\ntitle: "文号不规范的文件"\ndocumentNumber: "第3号"\nissuer: "青山市委"\nissuedAt: "2025-01-01"\nattachments: ["media/${path.basename(attachment)}"]\n---\n正文\n`
    await writeFile(path.join(dir, 'bad-number.md'), policy)
    const mediaBefore = (await payload.count({ collection: 'media' })).totalDocs
    const report = await importFiles(payload, [path.join(dir, 'bad-number.md')], drafts)
    expect(report.failures[0]?.message).toContain('文号格式应为')
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(mediaBefore)
  })

  it('publishes, restricts and files items under a topic when asked, and a dry run writes nothing', async () => {
    const dir = await folder()
    const id = uniqueId()
    await writeFile(path.join(dir, `opts-${id}.md`), `---\ntitle: "选项测试 ${id}"\n---\n\n正文。\n`)
    const dry = await importFiles(payload, [dir], { ...drafts, dryRun: true })
    expect(dry.outcomes.map((outcome) => outcome.outcome)).toEqual(['created'])
    expect(await article(`opts-${id}`)).toBeUndefined()

    await importFiles(payload, [dir], { publish: true, visibility: 'members', topics: ['import-test-topic'], dryRun: false })
    const imported = await article(`opts-${id}`)
    expect(imported).toMatchObject({ _status: 'published', reviewStatus: 'approved', visibility: 'members' })
    expect((imported.topics ?? []).map((topic) => (typeof topic === 'object' ? topic.slug : topic))).toEqual(['import-test-topic'])
  })

  it('runs from the command line with a summary line and a failing exit status when a file fails', async () => {
    const dir = await folder()
    const id = uniqueId()
    await writeFile(path.join(dir, `cli-${id}.md`), `---\ntitle: "命令行导入 ${id}"\n---\n\n正文。\n`)
    await writeFile(path.join(dir, 'empty.txt'), '')
    const run = promisify(execFile)
    const failure = await run(process.execPath, ['--import', 'tsx', path.join(projectPaths.root, 'scripts/import.ts'), dir], {
      cwd: projectPaths.root,
      env: process.env,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error)
    expect('code' in failure ? failure.code : 0).toBe(1)
    expect(failure.stdout).toContain('imported 1, skipped 0, failed 1')
    expect(failure.stderr).toContain('empty.txt：文件是空的')
  })

  it('ends cleanly with exit 0 when it started its own database for the run (no portal running)', { timeout: 180_000 }, async () => {
    const dir = await folder()
    const dataDir = await folder()
    await chmod(dataDir, 0o755)
    await writeFile(path.join(dir, `alone-${uniqueId()}.md`), '---\ntitle: "无门户时导入"\n---\n\n正文。\n')
    const run = promisify(execFile)
    const result = await run(
      process.execPath,
      ['--import', 'tsx', path.join(projectPaths.root, 'scripts/import.ts'), '--publish', '--visibility', 'public', dir],
      { cwd: projectPaths.root, env: { ...process.env, DATABASE_URL: '', PORTAL_DATA_DIR: dataDir } },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error)
    expect('code' in result ? result.code : 0).toBe(0)
    expect(result.stdout).toContain('imported 1, skipped 0, failed 0')
    expect(result.stderr).not.toMatch(/57P01|terminating connection|Error/)
  })
})

describe('starting an article from a Word file in the admin', () => {
  it('fills an empty draft from the attached .docx: title, slug, structure and images', async () => {
    const dir = await folder()
    const id = uniqueId()
    const file = path.join(dir, `word-${id}.docx`)
    await writeDocx(file, `从 Word 开始的文章 ${id}`)
    const document = await payload.create({ collection: 'media', data: { alt: 'Word 原稿' }, filePath: file })
    const created = (await payload.create({
      collection: 'articles',
      data: { sourceDocument: document.id, reviewStatus: 'draft', visibility: 'public' } as Partial<Article>,
      draft: true,
    } as Parameters<Payload['create']>[0])) as Article
    expect(created.title).toBe(`从 Word 开始的文章 ${id}`)
    expect(created.slug).toMatch(/^cong-word-kai-shi-de-wen-zhang-/)
    expect(nodeTypes(created.body.root)).toEqual(expect.arrayContaining(['heading', 'list', 'table', 'upload']))
  })
})
