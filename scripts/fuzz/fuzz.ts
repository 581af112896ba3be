import { randomBytes, randomInt } from 'node:crypto'
import { appendFileSync, writeFileSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { createLogger } from '../launcher/createLogger'
import { startStack } from '../launcher/startStack'
import { fuzzTargets } from './fuzzTargets'
import { runFuzz, summaryLine } from './runFuzz'

// `npm run fuzz [-- --seed N --per-endpoint N --concurrency N --only TEXT --url URL --database-url URL]`:
// hostile requests to every public and member endpoint, anonymous and as a sample member. Exits 1 on
// any 5xx, any write the sender was not allowed to make, or an unhealthy stack afterwards.
const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    'per-endpoint': { type: 'string' },
    concurrency: { type: 'string' },
    only: { type: 'string' },
    url: { type: 'string' },
    'database-url': { type: 'string' },
    member: { type: 'string' },
    password: { type: 'string' },
    report: { type: 'string' },
  },
})
const argsSchema = z.object({
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(() => randomInt(2 ** 31)),
  'per-endpoint': z.coerce.number().int().min(2).default(10_000),
  concurrency: z.coerce.number().int().min(1).max(64).default(8),
  only: z.string().min(1).optional(),
  url: z.url('--url 必须是 http(s):// 开头的门户地址').optional(),
  'database-url': z.url('--database-url 必须是 postgres://… 连接串').optional(),
  member: z.string().min(1).default('13800000002'),
  password: z.string().min(1).optional(),
  report: z.string().default('fuzz-report.json'),
})
const parsed = argsSchema.safeParse(values)
if (!parsed.success) {
  console.error(`参数有误：\n${parsed.error.issues.map((issue) => `  --${issue.path.join('.')}: ${issue.message}`).join('\n')}`)
  process.exit(2)
}
const args = parsed.data
// --only replays the endpoints whose name contains the text (e.g. `--only contest`).
const targets = args.only ? fuzzTargets.filter((fuzzTarget) => fuzzTarget.name.includes(args.only as string)) : fuzzTargets
if (targets.length === 0) {
  console.error(`没有名称包含“${args.only}”的端点`)
  process.exit(2)
}
const log = createLogger('fuzz')
log.step(
  `种子 ${args.seed}（用 --seed ${args.seed} 重放）；每个端点 ${args['per-endpoint']} 个请求，共 ${targets.length} 个端点，并发 ${args.concurrency}`,
)

let target: { url: string; databaseUrl: string; memberPassword: string; stop: () => Promise<void> }
if (args.url) {
  const databaseUrl = args['database-url'] ?? process.env.DATABASE_URL
  const memberPassword = args.password ?? process.env.SAMPLE_MEMBER_PASSWORD
  if (!databaseUrl || !memberPassword) {
    console.error(
      '用 --url 时还需要 --database-url（或 DATABASE_URL）和示例党员密码 --password（或 SAMPLE_MEMBER_PASSWORD），以便核对数据库写入',
    )
    process.exit(2)
  }
  target = { url: args.url.replace(/\/+$/, ''), databaseUrl, memberPassword, stop: async () => undefined }
} else {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'portal-fuzz-'))
  await chmod(dataDir, 0o755)
  const logFile = path.join(dataDir, 'stack.log')
  const memberPassword = randomBytes(12).toString('base64url')
  const stack = await startStack({
    mode: 'production',
    port: 0,
    host: '127.0.0.1',
    dataDir,
    sampleMemberPassword: memberPassword,
    log: { ...log, line: (prefix, text) => appendFileSync(logFile, `${prefix} │ ${text}`) },
    onCrash: (message) => log.warn(message),
  })
  target = {
    url: stack.url,
    databaseUrl: stack.databaseUrl,
    memberPassword,
    stop: async () => {
      await stack.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

let lastPercent = -1
let exitCode = 1
try {
  const options = {
    url: target.url,
    databaseUrl: target.databaseUrl,
    seed: args.seed,
    perEndpoint: args['per-endpoint'],
    concurrency: args.concurrency,
    targets,
    member: { loginId: args.member, password: target.memberPassword },
    onProgress: (done: number, total: number) => {
      const percent = Math.floor((done / total) * 100)
      if (percent !== lastPercent && percent % 5 === 0) log.step(`${percent}%（${done}/${total}）`)
      lastPercent = percent
    },
  }
  const report = await runFuzz(options)
  writeFileSync(args.report, `${JSON.stringify(report, null, 2)}\n`)
  for (const error of report.serverErrors.slice(0, 10))
    log.warn(`${error.status} ${error.actor} ${error.method} ${error.path.slice(0, 200)} → ${error.answer.slice(0, 200)}`)
  for (const write of report.unauthorizedWrites.slice(0, 10))
    log.warn(`未授权写入（${write.actor}）：${write.table} ${write.kind} ${write.key} [${write.columns.join(',')}]`)
  console.log(summaryLine(report, options, targets.length))
  exitCode = report.serverErrorCount === 0 && report.unauthorizedWrites.length === 0 && report.healthy ? 0 : 1
} finally {
  await target.stop()
}
process.exit(exitCode)
