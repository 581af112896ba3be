import path from 'node:path'
import { withBuildLock } from './buildLock'
import type { Logger } from './createLogger'
import { isBuildStale } from './isBuildStale'
import { projectPaths } from './projectPaths'
import { runChild } from './runChild'

const { root, cmsDir, siteDir } = projectPaths
const lockfile = path.join(root, 'package-lock.json')

/** One app's build: where its output is, what it is built from, and how. */
interface AppBuild {
  name: string
  /** The file the build writes last (its age is the build's). */
  output: string
  sources: string[]
  /** What the step says while it runs, and the word for when it is done. */
  starting: string
  finished: string
  args: string[]
  env: (env: NodeJS.ProcessEnv) => NodeJS.ProcessEnv
}

// Each build takes the shared contract package (contract/src) into its output.
const contractSources = path.join(root, 'contract/src')
const builds: AppBuild[] = [
  {
    name: 'cms 构建',
    output: path.join(cmsDir, '.next/BUILD_ID'),
    sources: [
      path.join(cmsDir, 'src'),
      contractSources,
      path.join(cmsDir, 'next.config.mjs'),
      path.join(cmsDir, 'tsconfig.json'),
      lockfile,
    ],
    starting: '正在构建 CMS 管理后台（Next.js，首次约需 1–2 分钟）…',
    finished: 'CMS 构建完成',
    args: [projectPaths.nextBin, 'build', cmsDir],
    env: (env) => ({
      ...env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --max-old-space-size=4096`.trim(),
    }),
  },
  {
    name: '门户构建',
    output: projectPaths.siteBuild,
    sources: [path.join(siteDir, 'src'), contractSources, path.join(siteDir, 'public'), path.join(siteDir, 'astro.config.mjs'), lockfile],
    starting: '正在构建门户网站（Astro）…',
    finished: '门户构建完成',
    args: [projectPaths.astroBin, 'build', '--root', siteDir],
    env: (env) => ({ ...env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' }),
  },
  {
    name: '搜索进程构建',
    output: projectPaths.searchBuild,
    sources: [path.join(cmsDir, 'src'), contractSources, projectPaths.buildSearchScript, lockfile],
    starting: '正在构建搜索进程…',
    finished: '搜索进程构建完成',
    args: ['--import', 'tsx', projectPaths.buildSearchScript],
    env: (env) => env,
  },
]

/**
 * Builds what `builds` lists (the CMS, the portal, the search process's bundle) when missing or older than its
 * sources, holding the build lock (`withBuildLock`) and looking again once it has it: another process may just have
 * built them.
 */
export async function ensureBuilt(options: { env: NodeJS.ProcessEnv; log: Logger }): Promise<void> {
  if (!(await anyStale())) return
  await withBuildLock(options.log, () => buildStale(options))
}

async function anyStale(): Promise<boolean> {
  for (const build of builds) if (await isBuildStale(build.output, build.sources)) return true
  return false
}

async function buildStale({ env, log }: { env: NodeJS.ProcessEnv; log: Logger }): Promise<void> {
  for (const build of builds) {
    if (!(await isBuildStale(build.output, build.sources))) continue
    log.step(build.starting)
    const started = Date.now()
    await runChild({ name: build.name, command: process.execPath, args: build.args, env: build.env(env), log, cwd: root })
    log.step(`${build.finished}，用时 ${Math.round((Date.now() - started) / 1000)} 秒`)
  }
}
