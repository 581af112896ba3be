import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { internalMetricsPath } from '@xuexi/contract/routes/internalMetricsPath'
import { sideServerSettings, type Upstream } from '../../cms/src/processes/routeTable'
import { checkDatabaseUrl } from './checkDatabaseUrl'
import { clearStalePostmasterPid } from './clearStalePostmasterPid'
import { databaseUrlFile } from './connectPortalDatabase'
import type { Logger } from './createLogger'
import { ensureBuilt } from './ensureBuilt'
import { ensureSecret } from './ensureSecret'
import { ensurePortFree, freePort, freePorts } from './freePort'
import { gitCommit } from './gitCommit'
import { projectPaths } from './projectPaths'
import { defaultRestartPolicy, type RestartPolicy } from './restartPolicy'
import { runChild } from './runChild'
import { spawnApp } from './spawnApp'
import { spawnCms } from './spawnCms'
import { startEmbeddedPostgres } from './startEmbeddedPostgres'
import { startFrontProxy } from './startFrontProxy'
import { type SupervisedProcess, type SuperviseOptions, superviseProcess } from './superviseProcess'
import { waitForHttp } from './waitForHttp'

/** How to run the stack: built apps (`npm start`) or dev servers with reload (`npm run dev`). */
export interface StackOptions {
  mode: 'production' | 'development'
  port: number
  host?: string
  dataDir: string
  databaseUrl?: string
  databasePort?: number
  secret?: string
  admin?: { email?: string; password?: string }
  /** The address readers use (PORTAL_PUBLIC_URL), e.g. https://… behind nginx; default: the env's, else http://localhost:<port>. */
  publicUrl?: string
  /** Password of the sample members created on an empty database (generated and printed when unset). */
  sampleMemberPassword?: string
  /** Proxies whose X-Forwarded-For the CMS believes (PORTAL_TRUSTED_PROXIES; unset: the CMS's default, loopback). */
  trustedProxies?: string
  /** More settings for both apps, over the launcher's own environment (e.g. a test's `S3_*` bucket). */
  env?: Record<string, string>
  log: Logger
  /** When a crashed process is restarted and when the launcher gives up (default: 3 crashes in 60 s, 1 s, 2 s… apart). */
  restartPolicy?: RestartPolicy
  /** Called when a process crashed too often to be restarted; `stopped` settles once everything is stopped. */
  onCrash: (message: string, stopped: Promise<void>) => void
}

/** A running portal: its public URL, the apps' own addresses (what nginx would point at), its supervised processes and a clean shutdown. */
export interface RunningStack {
  url: string
  databaseUrl: string
  upstreams: Record<Upstream, string>
  /** The processes the launcher keeps running (PostgreSQL only when it is the embedded one). */
  processes: { search: SupervisedProcess; cms: SupervisedProcess; site: SupervisedProcess; postgres?: SupervisedProcess }
  stop: () => Promise<void>
}

const restartReadyTimeoutMs = 120_000

/** Starts PostgreSQL (unless given a URL), migrates and seeds, builds if needed, then serves both apps on one origin. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { log, mode } = options
  const dataDir = path.resolve(options.dataDir)
  const cleanups: Array<() => Promise<void>> = []
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => log.warn(String(error)))
  }
  // Each process is restarted when it crashes, on the same port and data; too many crashes stop everything.
  const supervise = (label: string, start: SuperviseOptions['start'], ready: SuperviseOptions['ready']) =>
    superviseProcess({
      label,
      start,
      ready,
      log,
      policy: options.restartPolicy ?? defaultRestartPolicy,
      onGiveUp: (message) => options.onCrash(message, stop()),
    })
  try {
    // Found out before a minute is spent on the database and the builds.
    if (options.port) await ensurePortFree(options.port, options.host)
    let databaseUrl = options.databaseUrl
    let postgres: SupervisedProcess | undefined
    if (databaseUrl) {
      log.step('使用 DATABASE_URL 指定的 PostgreSQL')
      await checkDatabaseUrl(databaseUrl)
    } else {
      const databaseDir = path.join(dataDir, 'postgres')
      log.step(`正在启动内置 PostgreSQL（数据目录 ${databaseDir}）…`)
      const databasePort = options.databasePort ?? (await freePort())
      const startDatabase = async () => {
        await clearStalePostmasterPid(databaseDir)
        const database = await startEmbeddedPostgres({ dataDir, port: databasePort, log })
        databaseUrl = database.url
        return database
      }
      const database = await supervise('PostgreSQL', startDatabase, async () => undefined)
      postgres = database
      cleanups.push(async () => {
        log.step('正在停止 PostgreSQL…')
        await rm(databaseUrlFile(dataDir), { force: true })
        await database.stop()
      })
      await writeFile(databaseUrlFile(dataDir), `${databaseUrl}\n`, { mode: 0o600 })
    }
    if (!databaseUrl) throw new Error('PostgreSQL 没有给出连接地址')
    const appEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...log.childEnv,
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: options.secret ?? (await ensureSecret(dataDir)),
      PORTAL_DATA_DIR: dataDir,
      ADMIN_EMAIL: options.admin?.email ?? '',
      ADMIN_PASSWORD: options.admin?.password ?? '',
      SAMPLE_MEMBER_PASSWORD: options.sampleMemberPassword ?? process.env.SAMPLE_MEMBER_PASSWORD ?? '',
      ...(options.trustedProxies ? { PORTAL_TRUSTED_PROXIES: options.trustedProxies } : {}),
      ...options.env,
    }
    log.step('正在应用数据库迁移并检查示例内容…')
    await runChild({
      name: '数据库',
      command: process.execPath,
      args: ['--import', 'tsx', projectPaths.prepareScript],
      env: appEnv,
      log,
      cwd: projectPaths.root,
    })
    if (mode === 'production') await ensureBuilt({ env: appEnv, log })

    const [cmsPort, sitePort, searchPort, trackingPort, metricsPort, sparePort] = (await freePorts(6)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ]
    // Known before the apps start, so the CMS can put the public address into e-mail links.
    const publicPort = options.port || sparePort
    const upstreams = {
      cms: `http://127.0.0.1:${cmsPort}`,
      site: `http://127.0.0.1:${sitePort}`,
      search: `http://127.0.0.1:${searchPort}`,
      tracking: `http://127.0.0.1:${trackingPort}`,
      metrics: `http://127.0.0.1:${metricsPort}`,
    }
    const apps = await startApps({
      ...options,
      appEnv: {
        ...appEnv,
        PORTAL_PUBLIC_URL: options.publicUrl || process.env.PORTAL_PUBLIC_URL || `http://localhost:${publicPort}`,
        PORTAL_GIT_COMMIT: process.env.PORTAL_GIT_COMMIT || (await gitCommit()),
      },
      cmsPort,
      sitePort,
      searchPort,
      trackingPort,
      metricsPort,
      upstreams,
      supervise,
    })
    cleanups.push(async () => {
      log.step('正在停止 CMS、搜索和门户…')
      await Promise.all([apps.cms.stop(), apps.search.stop(), apps.site.stop()])
    })
    const readyTimeoutMs = mode === 'development' ? 180_000 : 60_000
    await waitForHttp(`${upstreams.cms}/api/health`, { timeoutMs: readyTimeoutMs, what: 'CMS ' })
    await waitForHttp(`${upstreams.site}/healthz`, { timeoutMs: readyTimeoutMs, what: '门户 ' })
    // Searchable long before, but what changes reaches search only once the search process's Payload is up
    // (loaded through tsx, slower than Next.js's start on a busy machine).
    await waitForHttp(`${upstreams.search}/readyz`, { timeoutMs: Math.max(readyTimeoutMs, restartReadyTimeoutMs), what: '搜索 ' })

    const proxy = await startFrontProxy({ port: publicPort, host: options.host, upstreams, log, trustedProxies: options.trustedProxies })
    cleanups.push(() => proxy.close())
    const url = `http://localhost:${proxy.port}`
    return { url, databaseUrl, upstreams, processes: { ...apps, postgres }, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

async function startApps(
  options: StackOptions & {
    appEnv: NodeJS.ProcessEnv
    cmsPort: number
    sitePort: number
    searchPort: number
    trackingPort: number
    metricsPort: number
    upstreams: Record<Upstream, string>
    supervise: (label: string, start: SuperviseOptions['start'], ready: SuperviseOptions['ready']) => Promise<SupervisedProcess>
  },
): Promise<{ search: SupervisedProcess; cms: SupervisedProcess; site: SupervisedProcess }> {
  const { log, mode, appEnv, upstreams } = options
  const production = mode === 'production'
  // First, so that it is searchable while Next.js and Payload start (cms/src/processes/searchProcess.ts).
  const search = await options.supervise(
    '搜索',
    async () =>
      spawnApp({
        name: '搜索',
        command: process.execPath,
        // Built in production (one bundle loads in a third of the time: restart-to-searchable), through tsx in development.
        args: production ? ['--enable-source-maps', projectPaths.searchBuild] : ['--import', 'tsx', projectPaths.searchEntry],
        env: {
          ...appEnv,
          NODE_ENV: mode,
          PORTAL_PROCESS: 'search',
          PORTAL_RUN_JOBS: 'false',
          [sideServerSettings.search.port]: String(options.searchPort),
        },
        cwd: projectPaths.root,
        log,
      }),
    () => waitForHttp(`${upstreams.search}/healthz`, { timeoutMs: restartReadyTimeoutMs, what: '搜索 ' }),
  )
  await waitForHttp(`${upstreams.search}/healthz`, { timeoutMs: restartReadyTimeoutMs, what: '搜索 ' })
  const cmsEnv = {
    ...appEnv,
    PORTAL_RUN_JOBS: 'true',
    [sideServerSettings.tracking.port]: String(options.trackingPort),
    [sideServerSettings.metrics.port]: String(options.metricsPort),
    // The portal's and the search process's metrics, appended to the CMS's /metrics (both listen on loopback only).
    PORTAL_SITE_METRICS_URL: `${upstreams.site}${internalMetricsPath}`,
    PORTAL_SEARCH_METRICS_URL: `${upstreams.search}${internalMetricsPath}`,
  }
  // A restarted CMS starts its tracking and metrics servers again (on their ports) when its health check first loads Payload.
  const cms = await options.supervise(
    'CMS',
    async () => spawnCms({ mode, port: options.cmsPort, env: cmsEnv, log }),
    () => waitForHttp(`${upstreams.cms}/api/health`, { timeoutMs: restartReadyTimeoutMs, what: 'CMS ' }),
  )
  const siteEnv = {
    ...appEnv,
    NODE_ENV: mode,
    CMS_URL: upstreams.cms,
    [sideServerSettings.search.portalUrl]: upstreams.search,
    [sideServerSettings.tracking.portalUrl]: upstreams.tracking,
    HOST: '127.0.0.1',
    PORT: String(options.sitePort),
  }
  const site = await options.supervise(
    '门户',
    async () =>
      spawnApp({
        name: '门户',
        command: process.execPath,
        args: production
          ? [projectPaths.siteServer]
          : [projectPaths.astroBin, 'dev', '--root', projectPaths.siteDir, '--host', '127.0.0.1', '--port', String(options.sitePort)],
        env: siteEnv,
        cwd: projectPaths.root,
        log,
      }),
    () => waitForHttp(`${upstreams.site}/healthz`, { timeoutMs: restartReadyTimeoutMs, what: '门户 ' }),
  )
  return { search, cms, site }
}
