import path from 'node:path'
import type { Logger } from './createLogger'
import { isBuildStale } from './isBuildStale'
import { projectPaths } from './projectPaths'
import { runChild } from './runChild'

const { root, cmsDir, siteDir } = projectPaths
const lockfile = path.join(root, 'package-lock.json')

/** Builds the CMS and the portal when their builds are missing or older than their sources. */
export async function ensureBuilt(options: { env: NodeJS.ProcessEnv; log: Logger }): Promise<void> {
  const { env, log } = options
  // Both apps build the shared contract package (contract/src) into their output.
  const contractSources = path.join(root, 'contract/src')
  const cmsSources = [
    path.join(cmsDir, 'src'),
    contractSources,
    path.join(cmsDir, 'next.config.mjs'),
    path.join(cmsDir, 'tsconfig.json'),
    lockfile,
  ]
  if (await isBuildStale(path.join(cmsDir, '.next/BUILD_ID'), cmsSources)) {
    log.step('正在构建 CMS 管理后台（Next.js，首次约需 1–2 分钟）…')
    const started = Date.now()
    const nodeOptions = `${env.NODE_OPTIONS ?? ''} --max-old-space-size=4096`.trim()
    const buildEnv = { ...env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: nodeOptions }
    await runChild({
      name: 'cms 构建',
      command: process.execPath,
      args: [projectPaths.nextBin, 'build', cmsDir],
      env: buildEnv,
      log,
      cwd: root,
    })
    log.step(`CMS 构建完成，用时 ${Math.round((Date.now() - started) / 1000)} 秒`)
  }
  const siteSources = [
    path.join(siteDir, 'src'),
    contractSources,
    path.join(siteDir, 'public'),
    path.join(siteDir, 'astro.config.mjs'),
    lockfile,
  ]
  if (await isBuildStale(projectPaths.siteBuild, siteSources)) {
    log.step('正在构建门户网站（Astro）…')
    const started = Date.now()
    const buildEnv = { ...env, NODE_ENV: 'production' as const, ASTRO_TELEMETRY_DISABLED: '1' }
    await runChild({
      name: '门户构建',
      command: process.execPath,
      args: [projectPaths.astroBin, 'build', '--root', siteDir],
      env: buildEnv,
      log,
      cwd: root,
    })
    log.step(`门户构建完成，用时 ${Math.round((Date.now() - started) / 1000)} 秒`)
  }
}
