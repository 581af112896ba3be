import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import path from 'node:path'
import { createLogger } from '../launcher/createLogger'
import { ensureBuilt } from '../launcher/ensureBuilt'
import { freePorts } from '../launcher/freePort'
import { projectPaths } from '../launcher/projectPaths'
import { runChild } from '../launcher/runChild'
import { spawnCms } from '../launcher/spawnCms'
import { startScratchDatabase } from '../launcher/startScratchDatabase'
import { waitForHttp } from '../launcher/waitForHttp'
import { describeDatabaseActivity, readDatabaseActivity, settleDatabase } from './databaseActivity'
import type { HeartbeatLoadOptions, HeartbeatLoadResult } from './heartbeatLoad'
import { insertCeiling } from './insertCeiling'
import { signInMembers } from './signInMembers'
import { verifyAcknowledged } from './verifyAcknowledged'

// `npm run bench:events`: the built CMS on a fresh embedded PostgreSQL (sample library, 200 real
// members signed in with real cookies), loaded over HTTP by a second process on the CMS's tracking
// server (where the front proxy sends `/api/reading-events`). Phases (docs/benchmarks.md): a paced phase
// (each member a batch of 50 every 3 s on a fixed interval, as a reading member's tracker sends them)
// that, after a warm-up on the same connections, measures throughput and latency; a drain phase (each
// member sends batches back to back, as the tracker drains its queue after an outage) that measures how
// much of the database's INSERT capacity the endpoint can use. Targets (issue 6): ≥ 2,000 events/s,
// p99 ≤ 50 ms (paced), ≥ 0.5 of the single-row INSERT ceiling (drain), zero lost, zero duplicated over
// all phases.
const memberCount = 200
// Two rounds of batches: in the first, Payload verifies every member's session and the item once (the
// CMS has just started; those batches take a few hundred ms), the second already runs as it will.
const warmUpSeconds = 6
const pacedSeconds = 15
const drainSeconds = 10
const batchSize = 50
const pauseMs = 3000
const targets = { eventsPerSecond: 2000, p99Ms: 50, ceilingShare: 0.5 }
const day = 86_400_000

const log = createLogger('bench:events')
const quiet = { ...log, line: () => undefined }
const admin = { email: 'bench-admin@example.org', password: 'bench-admin-password-123' }
const secret = 'bench-events-secret-0123456789abcdef'
const scratch = await startScratchDatabase({ name: 'bench-events', secret, log: quiet })
const [port, trackingPort] = (await freePorts(2)) as [number, number]
const env = { ...scratch.env, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, PORTAL_TRACKING_PORT: String(trackingPort) }
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

/** Acknowledged events per second and latency percentiles of one phase. */
function measure(result: HeartbeatLoadResult) {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b)
  return {
    eventsPerSecond: result.measuredEvents / result.elapsedSeconds,
    requestsPerSecond: sorted.length / result.elapsedSeconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
  }
}

function describePhase(name: string, result: HeartbeatLoadResult): string {
  const { eventsPerSecond, requestsPerSecond, p50, p99 } = measure(result)
  return `${name}：确认 ${result.measuredEvents} 条（${eventsPerSecond.toFixed(0)} 条/秒，${requestsPerSecond.toFixed(0)} 请求/秒），p50 ${p50.toFixed(1)} ms，p99 ${p99.toFixed(1)} ms，重试 ${result.retries}，拒绝 ${result.rejected}，未确认 ${result.unacknowledged}`
}

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
  const base = { url: `http://127.0.0.1:${trackingPort}`, members, articleIds, batchSize, retryForMs: 10_000, secret }

  log.step('整理数据库（VACUUM ANALYZE，与 pgbench 测量前相同）…')
  await settleDatabase(scratch.database.url)
  // Each phase's reading clock runs in its own past days, so every heartbeat's time is credited once.
  const load = loadavg()[0] ?? 0
  log.step(
    `匀速阶段：${memberCount} 名党员并发发送心跳，预热 ${warmUpSeconds} 秒后测量 ${pacedSeconds} 秒（每次 ${batchSize} 条，间隔 ${pauseMs} ms；1 分钟负载 ${load.toFixed(2)}）…`,
  )
  const before = await readDatabaseActivity(scratch.database.url)
  const paced = await loadInChild({ ...base, pauseMs, warmUpSeconds, seconds: pacedSeconds, clockStartsAt: Date.now() - 4 * day })
  const after = await readDatabaseActivity(scratch.database.url)
  log.step(describePhase('匀速阶段', paced))
  // PostgreSQL's own work in the phase (autovacuum, checkpoints, new WAL segments) shows up in the tail.
  log.step(`匀速阶段（含预热）数据库后台活动：${describeDatabaseActivity(before, after)}`)
  log.step(`排空阶段：${memberCount} 名党员连续发送积压的心跳 ${drainSeconds} 秒（每次 ${batchSize} 条，不间断）…`)
  const drain = await loadInChild({ ...base, pauseMs: 0, seconds: drainSeconds, clockStartsAt: Date.now() - 2 * day })
  log.step(describePhase('排空阶段', drain))
  await cms.stop()
  cms = undefined

  const phases = [paced, drain]
  const acknowledged = phases.flatMap((phase) => phase.acknowledged)
  const stored = await verifyAcknowledged(
    scratch.database.url,
    acknowledged,
    members.map((member) => member.id),
  )
  log.step(
    `数据库核对（全部阶段）：确认的 ${acknowledged.length} 条中存在 ${stored.present} 条，丢失 ${stored.lost}，重复 ${stored.duplicated}，进度与日志不一致的党员 ${stored.progressMismatches}`,
  )
  log.step('测量同一数据库的原始 INSERT 上限…')
  const ceilingOptions = { databaseUrl: scratch.database.url, memberIds: members.map((member) => member.id), connections: 10, seconds: 5 }
  const ceiling = await insertCeiling({ ...ceilingOptions, rowsPerInsert: 1 })
  const batchedCeiling = await insertCeiling({ ...ceilingOptions, rowsPerInsert: batchSize })
  const pacedFigures = measure(paced)
  const drainFigures = measure(drain)
  const share = drainFigures.eventsPerSecond / ceiling
  const pacedShare = pacedFigures.eventsPerSecond / ceiling
  log.step(
    `原始 INSERT 上限：每条事件一个 INSERT ${ceiling.toFixed(0)} 行/秒（排空阶段达到其 ${share.toFixed(2)}，匀速阶段 ${pacedShare.toFixed(2)}）；每个 INSERT ${batchSize} 行时 ${batchedCeiling.toFixed(0)} 行/秒（10 个连接）`,
  )

  const refused = phases.reduce((sum, phase) => sum + phase.rejected + phase.unacknowledged, 0)
  const failures = [
    pacedFigures.eventsPerSecond < targets.eventsPerSecond &&
      `events/s ${pacedFigures.eventsPerSecond.toFixed(0)} < ${targets.eventsPerSecond}`,
    pacedFigures.p99 > targets.p99Ms && `p99 ${pacedFigures.p99.toFixed(1)} ms > ${targets.p99Ms} ms`,
    share < targets.ceilingShare && `ceiling share ${share.toFixed(2)} < ${targets.ceilingShare}`,
    stored.lost > 0 && `${stored.lost} acknowledged events lost`,
    stored.duplicated > 0 && `${stored.duplicated} events duplicated`,
    stored.progressMismatches > 0 && `${stored.progressMismatches} members' progress disagrees with their events`,
    refused > 0 && `${refused} events rejected or unacknowledged`,
  ].filter(Boolean)
  for (const failure of failures) log.warn(`未达标：${failure}`)
  console.log(
    [
      `bench:events members=${memberCount} seconds=${pacedSeconds} batch=${batchSize} events=${paced.measuredEvents}`,
      `events_per_s=${pacedFigures.eventsPerSecond.toFixed(0)} p50_ms=${pacedFigures.p50.toFixed(1)} p99_ms=${pacedFigures.p99.toFixed(1)}`,
      `ceiling_rows_per_s=${ceiling.toFixed(0)} batched_ceiling_rows_per_s=${batchedCeiling.toFixed(0)}`,
      `drain_seconds=${drainSeconds} drain_events=${drain.measuredEvents} drain_events_per_s=${drainFigures.eventsPerSecond.toFixed(0)} drain_p99_ms=${drainFigures.p99.toFixed(1)}`,
      `ceiling_share=${share.toFixed(2)} paced_ceiling_share=${pacedShare.toFixed(2)}`,
      `lost=${stored.lost} duplicated=${stored.duplicated} loadavg=${load.toFixed(2)} ${failures.length ? 'FAIL' : 'PASS'}`,
    ].join(' '),
  )
  process.exitCode = failures.length ? 1 : 0
} finally {
  await cms?.stop()
  await scratch.remove()
}
process.exit(process.exitCode ?? 0)
