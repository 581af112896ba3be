import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { createLogger } from '../launcher/createLogger'
import { startScratchDatabase } from '../launcher/startScratchDatabase'

// `npm run bench:import`: imports 200 generated documents (Markdown, plain text, Word) into a fresh
// embedded PostgreSQL, then imports them again (all unchanged), and prints files per second.
const total = 200
const paragraph = (n: number) => `第${n}段：党员理论学习要坚持学思用贯通、知信行统一，把学习成果转化为推动工作的实际成效。`.repeat(4)

async function generate(dir: string): Promise<void> {
  for (let i = 0; i < total; i++) {
    const kind = i % 5 < 3 ? 'md' : i % 5 === 3 ? 'txt' : 'docx'
    const title = `基准测试文档 ${i}`
    const sections = Array.from({ length: 6 }, (_, n) => paragraph(n))
    if (kind === 'md') {
      const body = sections.map((text, n) => `## 第${n + 1}部分\n\n${text}\n\n- 要点一\n- 要点二\n\n> 学而时习之。`).join('\n\n')
      await writeFile(path.join(dir, `bench-${i}.md`), `---\ntitle: "${title}"\nsummary: "基准测试用的示例文档摘要。"\n---\n\n${body}\n`)
    } else if (kind === 'txt') {
      await writeFile(path.join(dir, `bench-${i}.txt`), `${title}\n\n${sections.join('\n\n')}\n`)
    } else {
      const children = [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), ...sections.map((text) => new Paragraph(text))]
      await writeFile(path.join(dir, `bench-${i}.docx`), await Packer.toBuffer(new Document({ sections: [{ children }] })))
    }
  }
}

const log = createLogger('bench:import')
const dir = await mkdtemp(path.join(tmpdir(), 'portal-bench-import-'))
const scratch = await startScratchDatabase({ name: 'bench-import', secret: 'bench-secret-0123456789abcdef0123456789', log })
try {
  await generate(dir)
  Object.assign(process.env, {
    DATABASE_URL: scratch.env.DATABASE_URL,
    PAYLOAD_SECRET: scratch.env.PAYLOAD_SECRET,
    PORTAL_DATA_DIR: scratch.dataDir,
  })
  const { getPayload } = await import('payload')
  const { importFiles } = await import('../../cms/src/import/importFiles')
  const payload = await getPayload({ config: (await import('../../cms/src/payload.config')).default })
  const options = { publish: false, topics: [], dryRun: false }

  let started = performance.now()
  const first = await importFiles(payload, [dir], options)
  const firstSeconds = (performance.now() - started) / 1000
  started = performance.now()
  const second = await importFiles(payload, [dir], options)
  const secondSeconds = (performance.now() - started) / 1000

  log.step(
    `首次导入：${first.imported} 个，失败 ${first.failed} 个，用时 ${firstSeconds.toFixed(1)} 秒（${(total / firstSeconds).toFixed(1)} 个/秒）`,
  )
  log.step(
    `再次导入（内容未变，全部跳过）：跳过 ${second.skipped} 个，用时 ${secondSeconds.toFixed(1)} 秒（${(total / secondSeconds).toFixed(1)} 个/秒）`,
  )
  for (const failure of first.failures) log.warn(`${failure.file}: ${failure.message}`)
  ;(payload.db as unknown as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool?.on('error', () => undefined)
  console.log(
    `bench:import files=${total} imported=${first.imported} failed=${first.failed} seconds=${firstSeconds.toFixed(1)} files_per_s=${(total / firstSeconds).toFixed(1)} reimport_skipped=${second.skipped} reimport_files_per_s=${(total / secondSeconds).toFixed(1)}`,
  )
  process.exitCode = first.failed > 0 || first.imported !== total || second.skipped !== total ? 1 : 0
} finally {
  await scratch.remove()
  await rm(dir, { recursive: true, force: true })
}
process.exit()
