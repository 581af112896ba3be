import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createLogger } from '../launcher/createLogger'
import { ensureBuilt } from '../launcher/ensureBuilt'
import { freePort } from '../launcher/freePort'
import { projectPaths } from '../launcher/projectPaths'
import { runChild } from '../launcher/runChild'
import { spawnCms } from '../launcher/spawnCms'
import { startScratchDatabase } from '../launcher/startScratchDatabase'
import { waitForHttp } from '../launcher/waitForHttp'
import type { HeartbeatLoadOptions, HeartbeatLoadResult } from './heartbeatLoad'
import { insertCeiling } from './insertCeiling'
import { signInMembers } from './signInMembers'
import { verifyAcknowledged } from './verifyAcknowledged'

// `npm run bench:events`: the built CMS on a fresh embedded PostgreSQL (sample library, 200 real
// members signed in with real cookies), loaded over HTTP by a second process. Targets (issue 6):
// ≥ 2,000 events/s, p99 ≤ 50 ms, ≥ 0.5 of the raw INSERT ceiling, zero lost, zero duplicated.
const memberCount = 200
const seconds = 15
const batchSize = 50
const pauseMs = 3000
const targets = { eventsPerSecond: 2000, p99Ms: 50, ceilingShare: 0.5 }

const log = createLogger('bench:events')
const quiet = { ...log, line: () => undefined }
const admin = { email: 'bench-admin@example.org', password: 'bench-admin-password-123' }
const scratch = await startScratchDatabase({ name: 'bench-events', secret: 'bench-events-secret-0123456789abcdef', log: quiet })
const env = { ...scratch.env, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password }
const port = await freePort()
let cms: ReturnType<typeof spawnCms> | undefined

async function loadInChild(options: HeartbeatLoadOptions): Promise<HeartbeatLoadResult> {
  const optionsFile = path.join(scratch.dataDir, 'load-options.json')
  const resultFile = path.join(scratch.dataDir, 'load-result.json')
  await writeFile(optionsFile, JSON.stringify(options))
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'heartbeatLoadChild.ts'), optionsFile, resultFile],
    {
      stdio: 'inherit',
    },
  )
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`load process failed (exit ${code})`)
  return JSON.parse(await readFile(resultFile, 'utf8')) as HeartbeatLoadResult
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0

try {
  log.step('载入示例内容并创建管理员…')
  await runChild({ name: 'prepare', command: process.execPath, args: ['--import', 'tsx', projectPaths.prepareScript], env, log: quiet })
  await ensureBuilt({ env, log })
  cms = spawnCms({ mode: 'production', port, env, log: quiet, onExit: (code) => log.warn(`CMS exited with ${code}`) })
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/api/health`, { timeoutMs: 60_000, what: 'CMS ' })
  log.step(`正在创建并登录 ${memberCount} 名党员…`)
  const members = await signInMembers(url, admin, memberCount)
  const articles = (await (await fetch(`${url}/api/articles?limit=50&depth=0&select[title]=true`)).json()) as {
    docs: Array<{ id: number }>
  }
  const articleIds = articles.docs.map((doc) => doc.id)
  const base = { url, members, articleIds, batchSize, pauseMs, retryForMs: 10_000 }

  log.step('预热 3 秒…')
  await loadInChild({ ...base, seconds: 3, clockStartsAt: Date.now() - 6 * 86_400_000 })
  log.step(`${memberCount} 名党员并发发送心跳 ${seconds} 秒（每次 ${batchSize} 条，间隔 ${pauseMs} ms）…`)
  const result = await loadInChild({ ...base, seconds, clockStartsAt: Date.now() - 3 * 86_400_000 })
  const sorted = [...result.latenciesMs].sort((a, b) => a - b)
  const eventsPerSecond = result.acknowledged.length / result.elapsedSeconds
  const p50 = percentile(sorted, 0.5)
  const p99 = percentile(sorted, 0.99)
  log.step(
    `确认 ${result.acknowledged.length} 条（${eventsPerSecond.toFixed(0)} 条/秒，${(sorted.length / result.elapsedSeconds).toFixed(0)} 请求/秒），p50 ${p50.toFixed(1)} ms，p99 ${p99.toFixed(1)} ms，重试 ${result.retries}，拒绝 ${result.rejected}，未确认 ${result.unacknowledged}`,
  )
  await cms.stop()
  cms = undefined

  const stored = await verifyAcknowledged(scratch.database.url, result.acknowledged)
  log.step(
    `数据库核对：确认的 ${result.acknowledged.length} 条中存在 ${stored.present} 条，丢失 ${stored.lost}，重复 ${stored.duplicated}，进度与日志不一致的党员 ${stored.progressMismatches}`,
  )
  log.step('测量同一数据库的原始 INSERT 上限…')
  const ceilingOptions = { databaseUrl: scratch.database.url, memberIds: members.map((member) => member.id), connections: 10, seconds: 5 }
  const ceiling = await insertCeiling({ ...ceilingOptions, rowsPerInsert: 1 })
  const batchedCeiling = await insertCeiling({ ...ceilingOptions, rowsPerInsert: batchSize })
  const share = eventsPerSecond / ceiling
  log.step(
    `原始 INSERT 上限：每条事件一个 INSERT ${ceiling.toFixed(0)} 行/秒（达到其 ${share.toFixed(2)}）；每个 INSERT ${batchSize} 行时 ${batchedCeiling.toFixed(0)} 行/秒（10 个连接）`,
  )

  const failures = [
    eventsPerSecond < targets.eventsPerSecond && `events/s ${eventsPerSecond.toFixed(0)} < ${targets.eventsPerSecond}`,
    p99 > targets.p99Ms && `p99 ${p99.toFixed(1)} ms > ${targets.p99Ms} ms`,
    share < targets.ceilingShare && `ceiling share ${share.toFixed(2)} < ${targets.ceilingShare}`,
    stored.lost > 0 && `${stored.lost} acknowledged events lost`,
    stored.duplicated > 0 && `${stored.duplicated} events duplicated`,
    stored.progressMismatches > 0 && `${stored.progressMismatches} members' progress disagrees with their events`,
    result.rejected + result.unacknowledged > 0 && `${result.rejected} rejected, ${result.unacknowledged} unacknowledged`,
  ].filter(Boolean)
  for (const failure of failures) log.warn(`未达标：${failure}`)
  console.log(
    `bench:events members=${memberCount} seconds=${seconds} batch=${batchSize} events=${result.acknowledged.length} events_per_s=${eventsPerSecond.toFixed(0)} p50_ms=${p50.toFixed(1)} p99_ms=${p99.toFixed(1)} ceiling_rows_per_s=${ceiling.toFixed(0)} batched_ceiling_rows_per_s=${batchedCeiling.toFixed(0)} ceiling_share=${share.toFixed(2)} lost=${stored.lost} duplicated=${stored.duplicated} ${failures.length ? 'FAIL' : 'PASS'}`,
  )
  process.exitCode = failures.length ? 1 : 0
} finally {
  await cms?.stop()
  await scratch.remove()
}
process.exit(process.exitCode ?? 0)
