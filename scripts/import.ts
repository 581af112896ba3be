import path from 'node:path'
import { parseArgs } from 'node:util'
import { SingleBar } from 'cli-progress'
import { z } from 'zod'
import { contentTypes } from '../cms/src/import/contentTypes'
import { closePayload } from './launcher/closePayload'
import { connectPortalDatabase } from './launcher/connectPortalDatabase'
import { createLogger } from './launcher/createLogger'
import { readLauncherEnv } from './launcher/launcherEnv'

// `npm run import -- <files or folders…> [--type T] [--publish] [--visibility V] [--topic slug…] [--root folder] [--dry-run]`
const usage = `用法：npm run import -- <文件或文件夹…> [选项]
  --type article|policy|video|lecture|announcement|topic   内容类型（默认取 front matter 的 type，否则为 article）
  --publish                  立即发布（视为审核通过）；默认保存为草稿待审核
  --visibility public|members  可见范围
  --topic <专题 slug>          加入专题，可重复
  --root <文件夹>              引用的文件（封面、附件、图片…）必须位于此文件夹内；默认为指定的文件夹
  --dry-run                  只检查，不写入`

const cliSchema = z.object({
  paths: z.array(z.string()).min(1, '请至少指定一个文件或文件夹'),
  type: z.enum(Object.keys(contentTypes) as [keyof typeof contentTypes]).optional(),
  publish: z.boolean().default(false),
  visibility: z.enum(['public', 'members']).optional(),
  topic: z.array(z.string()).default([]),
  root: z.string().min(1).optional(),
  'dry-run': z.boolean().default(false),
})

let cli: z.infer<typeof cliSchema>
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      publish: { type: 'boolean' },
      visibility: { type: 'string' },
      topic: { type: 'string', multiple: true },
      root: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  cli = cliSchema.parse({ ...values, paths: positionals })
} catch (error) {
  const message =
    error instanceof z.ZodError ? error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n') : String(error)
  console.error(`${message}\n\n${usage}`)
  process.exit(2)
}

const env = readLauncherEnv()
const database = await connectPortalDatabase({ dataDir: env.PORTAL_DATA_DIR, databaseUrl: env.DATABASE_URL, log: createLogger('导入') })
// The CMS config reads these when it is first imported.
Object.assign(process.env, {
  DATABASE_URL: database.url,
  PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? database.secret,
  PORTAL_DATA_DIR: env.PORTAL_DATA_DIR,
})
const { getPayload } = await import('payload')
const { importFiles } = await import('../cms/src/import/importFiles')
const payload = await getPayload({ config: (await import('../cms/src/payload.config')).default })
await payload.db.migrate()
const bar = process.stdout.isTTY ? new SingleBar({ format: '导入中 [{bar}] {value}/{total} {file}', hideCursor: true }) : undefined
let started = false
const report = await importFiles(
  payload,
  cli.paths,
  { type: cli.type, publish: cli.publish, visibility: cli.visibility, topics: cli.topic, dryRun: cli['dry-run'], root: cli.root },
  (done, total, file) => {
    if (bar && !started) bar.start(total, 0, { file })
    started = true
    if (bar) bar.update(done, { file })
    else if (done % 25 === 0 || done === total) console.log(`导入中 ${done}/${total}`)
  },
)
bar?.stop()
for (const failure of report.failures)
  console.error(`✗ ${path.relative(process.cwd(), failure.file)}：${failure.message}（${failure.code}）`)
if (cli['dry-run']) console.log('（试运行：没有写入任何内容）')
console.log(`imported ${report.imported}, skipped ${report.skipped}, failed ${report.failed}`)
await closePayload(payload)
await database.stop()
process.exit(report.failed > 0 ? 1 : 0)
