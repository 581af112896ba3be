import { randomBytes } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { databaseUrlFile } from './connectPortalDatabase'
import type { Logger } from './createLogger'
import { ensureBuilt } from './ensureBuilt'
import { ensureSecret } from './ensureSecret'
import { freePorts } from './freePort'
import { projectPaths } from './projectPaths'
import { runChild } from './runChild'
import { type RunningApp, spawnApp } from './spawnApp'
import { spawnCms } from './spawnCms'
import { startEmbeddedPostgres } from './startEmbeddedPostgres'
import { startFrontProxy } from './startFrontProxy'
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
  log: Logger
  /** Called when an app dies on its own; the stack is already being stopped. */
  onCrash: (message: string) => void
}

/** A running portal: its public URL, the apps' own addresses (what nginx would point at) and a clean shutdown. */
export interface RunningStack {
  url: string
  databaseUrl: string
  upstreams: Record<'cms' | 'site' | 'search' | 'tracking', string>
  stop: () => Promise<void>
}

/** Starts PostgreSQL (unless given a URL), migrates and seeds, builds if needed, then serves both apps on one origin. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { log, mode } = options
  const dataDir = path.resolve(options.dataDir)
  const cleanups: Array<() => Promise<void>> = []
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => log.warn(String(error)))
  }
  try {
    let databaseUrl = options.databaseUrl
    if (databaseUrl) {
      log.step('使用 DATABASE_URL 指定的 PostgreSQL')
    } else {
      log.step(`正在启动内置 PostgreSQL（数据目录 ${path.join(dataDir, 'postgres')}）…`)
      const database = await startEmbeddedPostgres({ dataDir, port: options.databasePort, log })
      cleanups.push(async () => {
        log.step('正在停止 PostgreSQL…')
        await rm(databaseUrlFile(dataDir), { force: true })
        await database.stop()
      })
      databaseUrl = database.url
      await writeFile(databaseUrlFile(dataDir), `${databaseUrl}\n`, { mode: 0o600 })
    }
    const appEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: options.secret ?? (await ensureSecret(dataDir)),
      PORTAL_DATA_DIR: dataDir,
      ADMIN_EMAIL: options.admin?.email ?? '',
      ADMIN_PASSWORD: options.admin?.password ?? '',
      SAMPLE_MEMBER_PASSWORD: options.sampleMemberPassword ?? process.env.SAMPLE_MEMBER_PASSWORD ?? '',
      ...(options.trustedProxies ? { PORTAL_TRUSTED_PROXIES: options.trustedProxies } : {}),
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

    const [cmsPort, sitePort, searchPort, trackingPort, sparePort] = (await freePorts(5)) as [number, number, number, number, number]
    // Known before the apps start, so the CMS can put the public address into e-mail links.
    const publicPort = options.port || sparePort
    const upstreams = {
      cms: `http://127.0.0.1:${cmsPort}`,
      site: `http://127.0.0.1:${sitePort}`,
      search: `http://127.0.0.1:${searchPort}`,
      tracking: `http://127.0.0.1:${trackingPort}`,
    }
    // The CMS tells the portal when content changes, so the portal can cache what it reads.
    const revalidation = {
      PORTAL_REVALIDATE_URL: `${upstreams.site}/internal/revalidate`,
      REVALIDATE_SECRET: randomBytes(24).toString('hex'),
      PORTAL_PUBLIC_URL: options.publicUrl || process.env.PORTAL_PUBLIC_URL || `http://localhost:${publicPort}`,
    }
    const apps = startApps({
      ...options,
      appEnv: { ...appEnv, ...revalidation },
      cmsPort,
      sitePort,
      searchPort,
      trackingPort,
      cmsUrl: upstreams.cms,
      stopAll: stop,
    })
    cleanups.push(async () => {
      log.step('正在停止 CMS 和门户…')
      await Promise.all(apps.map((app) => app.stop()))
    })
    const readyTimeoutMs = mode === 'development' ? 180_000 : 60_000
    await waitForHttp(`${upstreams.cms}/api/health`, { timeoutMs: readyTimeoutMs, what: 'CMS ' })
    await waitForHttp(`${upstreams.site}/healthz`, { timeoutMs: readyTimeoutMs, what: '门户 ' })

    const proxy = await startFrontProxy({ port: publicPort, host: options.host, upstreams, log })
    cleanups.push(() => proxy.close())
    const url = `http://localhost:${proxy.port}`
    return { url, databaseUrl, upstreams, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

function startApps(
  options: StackOptions & {
    appEnv: NodeJS.ProcessEnv
    cmsPort: number
    sitePort: number
    searchPort: number
    trackingPort: number
    cmsUrl: string
    stopAll: () => Promise<void>
  },
): RunningApp[] {
  const { log, mode, appEnv } = options
  const onExit = (name: string) => (code: number | null) => {
    options.onCrash(`${name} 意外退出（退出码 ${code ?? '信号'}）`)
    void options.stopAll()
  }
  const production = mode === 'production'
  const cmsEnv = {
    ...appEnv,
    PORTAL_RUN_JOBS: 'true',
    PORTAL_SEARCH_PORT: String(options.searchPort),
    PORTAL_TRACKING_PORT: String(options.trackingPort),
  }
  const cms = spawnCms({ mode, port: options.cmsPort, env: cmsEnv, log, onExit: onExit('CMS') })
  const siteEnv = {
    ...appEnv,
    NODE_ENV: mode,
    CMS_URL: options.cmsUrl,
    CMS_SEARCH_URL: `http://127.0.0.1:${options.searchPort}`,
    HOST: '127.0.0.1',
    PORT: String(options.sitePort),
  }
  const site = spawnApp({
    name: '门户',
    command: process.execPath,
    args: production
      ? [projectPaths.siteEntry]
      : [projectPaths.astroBin, 'dev', '--root', projectPaths.siteDir, '--host', '127.0.0.1', '--port', String(options.sitePort)],
    env: siteEnv,
    cwd: projectPaths.root,
    log,
    onExit: onExit('门户'),
  })
  return [cms, site]
}
