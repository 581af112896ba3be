import { stat } from 'node:fs/promises'
import { loadavg } from 'node:os'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { databaseOf } from '../../cms/src/database/databaseOf'
import { createLogger } from '../launcher/createLogger'
import { startScratchDatabase } from '../launcher/startScratchDatabase'

// `npm run bench:campaigns`: a fresh embedded PostgreSQL with a generated campaign — 10,000 members in
// 200 branches (1 党委 → 10 党总支 → 200 党支部), 20 articles, one million reading events (with the
// reading_progress and study_daily rows they add up to), check-ins, reflections and quiz attempts —
// then times the dashboard data as `GET /api/campaigns/:id/report` computes it for an organizer at the
// root — once cold (every stored standing computed), then p50/max of 10 views with 500 members' progress
// changed before each — and the Excel export job end to end. Targets (issue 7): dashboard
// ≤ 500 ms, export ≤ 10 s.
const runs = 10
const changedPerRun = 500
const targets = { reportMs: 500, exportS: 10 }

const log = createLogger('bench:campaigns')
const quiet = { ...log, line: () => undefined }
const scratch = await startScratchDatabase({ name: 'bench-campaigns', secret: 'bench-campaigns-secret-0123456789abcdef', log: quiet })
Object.assign(process.env, {
  DATABASE_URL: scratch.env.DATABASE_URL,
  PAYLOAD_SECRET: scratch.env.PAYLOAD_SECRET,
  PORTAL_DATA_DIR: scratch.dataDir,
})

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0

try {
  const { createLocalReq, getPayload } = await import('payload')
  const payload = await getPayload({ config: (await import('../../cms/src/payload.config')).default })
  const { organizerCampaignEndpoints } = await import('../../cms/src/campaigns/endpoints/organizerCampaignEndpoints')
  const { loadOrganizedCampaign } = await import('../../cms/src/campaigns/organizer/loadOrganizedCampaign')
  const { queueCampaignExport, campaignExportStatus } = await import('../../cms/src/campaigns/organizer/campaignExportJobs')
  const { exportFile } = await import('../../cms/src/campaigns/organizer/writeCampaignExport')
  const { campaignStandings } = await import('../../cms/src/campaigns/campaignStandings')
  const { computeCampaignStandings } = await import('../../cms/src/campaigns/computeCampaignStandings')
  const { loadOrganizationTree } = await import('../../cms/src/campaigns/organizer/organizationTree')
  const { campaignTargetCounts } = await import('../../cms/src/campaigns/organizer/campaignTargetCounts')
  const { dailyActiveReaders } = await import('../../cms/src/campaigns/organizer/dailyActiveReaders')
  const pool = databaseOf(payload)
  const { campaignShape: shape, generateCampaignData } = await import('./generateCampaignData')

  const { organizer, campaign } = await generateCampaignData(payload, log)

  const req = await createLocalReq({ user: { ...organizer, collection: 'users' } }, payload)
  const report = organizerCampaignEndpoints.find((endpoint) => endpoint.path === '/:id/report') as {
    handler: (req: PayloadRequest) => Promise<Response>
  }
  const reportOnce = async () => {
    const begin = performance.now()
    const response = await report.handler(Object.assign(req, { routeParams: { id: campaign.id } }) as PayloadRequest)
    const body = (await response.json()) as { totals: Record<string, number>; branches: unknown[] }
    return { ms: performance.now() - begin, body }
  }
  // Between dashboard views members keep studying: before each timed view, `changedPerRun` members' reading
  // progress changes (as heartbeats change it), so each view recomputes their standings.
  const touchMembers = async () => {
    await pool.query(
      `update reading_progress set active_seconds = active_seconds + 60, updated_at = now()
       where (user_id, collection, item_id) in (
         select distinct on (user_id) user_id, collection, item_id from reading_progress
         where user_id = any(array(select id from users where email like 'bench-member-%' order by random() limit $1))
       )`,
      [changedPerRun],
    )
  }
  log.step('首次打开看板（计算并保存全部 10,000 名党员的进度）…')
  const cold = await reportOnce()
  log.step(`首次：${cold.ms.toFixed(0)} ms`)
  log.step(
    `预热 2 次，然后计时 10 次看板数据（GET /api/campaigns/:id/report，根组织的组织员；每次之前 ${changedPerRun} 名党员的学习进度有变化）…`,
  )
  await touchMembers()
  await reportOnce()
  await touchMembers()
  const { body } = await reportOnce()
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    await touchMembers()
    times.push((await reportOnce()).ms)
  }
  times.sort((a, b) => a - b)
  const reportP50 = percentile(times, 0.5)
  const reportMax = times.at(-1) ?? 0
  log.step(
    `看板：报名 ${body.totals.enrolled}，已开始 ${body.totals.started}，已完成 ${body.totals.completed}，组织 ${body.branches.length} 行；` +
      `p50 ${reportP50.toFixed(0)} ms，max ${reportMax.toFixed(0)} ms（${times.map((ms) => ms.toFixed(0)).join(' ')}）`,
  )

  const organized = await loadOrganizedCampaign(req, campaign.id)
  const parts: Record<string, () => Promise<unknown>> = {
    loadOrganizedCampaign: () => loadOrganizedCampaign(req, campaign.id),
    campaignStandings: () => campaignStandings(pool, organized.plan, { organizationIds: organized.scope }),
    computeCampaignStandings: () => computeCampaignStandings(pool, organized.plan, { organizationIds: organized.scope }),
    loadOrganizationTree: () => loadOrganizationTree(pool),
    campaignTargetCounts: () => campaignTargetCounts(pool, campaign.id, organized.scope),
    dailyActiveReaders: () => dailyActiveReaders(pool, campaign.id, organized.scope, organized.plan.startsOn, organized.plan.endsOn),
  }
  const partTimes: string[] = []
  for (const [name, part] of Object.entries(parts)) {
    const samples: number[] = []
    for (let run = 0; run < 3; run++) {
      const begin = performance.now()
      await part()
      samples.push(performance.now() - begin)
    }
    partTimes.push(
      `${name} ${percentile(
        samples.sort((a, b) => a - b),
        0.5,
      ).toFixed(0)} ms`,
    )
  }
  log.step(`各部分（单独运行，中位数）：${partTimes.join('，')}`)

  log.step('导出 Excel（campaignExport 任务，排队到文件写完）…')
  const begin = performance.now()
  const { jobId, finished } = await queueCampaignExport(req, organized)
  await finished
  const exportS = (performance.now() - begin) / 1000
  const status = await campaignExportStatus(req, organized, jobId)
  const file = await stat(exportFile(jobId))
  if (status.status !== 'done') throw new Error(`export job ended as ${status.status}`)
  log.step(
    `导出：${status.members} 行党员，文件 ${(file.size / 1024 / 1024).toFixed(1)} MB（${path.basename(exportFile(jobId))}），${exportS.toFixed(1)} s`,
  )

  const load = loadavg()[0]?.toFixed(1)
  const pass = reportP50 <= targets.reportMs && exportS <= targets.exportS
  console.log(
    `bench:campaigns members=${shape.members} branches=${shape.branches} items=${shape.items} events=${shape.events} ` +
      `report_p50_ms=${reportP50.toFixed(0)} report_max_ms=${reportMax.toFixed(0)} changed_per_view=${changedPerRun} first_report_ms=${cold.ms.toFixed(0)} export_s=${exportS.toFixed(1)} loadavg=${load} ${pass ? 'PASS' : 'FAIL'}`,
  )
  // The database goes away next: its pooled connections are ended, not errors.
  pool.on('error', () => undefined)
  await payload.destroy()
  process.exitCode = pass ? 0 : 1
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await scratch.remove()
}
