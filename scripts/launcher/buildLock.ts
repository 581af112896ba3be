import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Logger } from './createLogger'
import { projectPaths } from './projectPaths'

/** One checkout's build lock: the builder's process id, in a folder every checkout has and git ignores. */
const buildLockFile = path.join(projectPaths.root, 'node_modules/.portal-build.lock')

const isAlive = (pid: number) => {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Runs `work` holding the checkout's build lock, so two launchers (or the two halves of `npm test`) starting at
 * once build one after the other instead of writing the same output together; the second then finds the build
 * fresh. A lock left by a process that is gone (killed mid-build) is taken over.
 */
export async function withBuildLock<T>(log: Logger, work: () => Promise<T>, lockFile = buildLockFile): Promise<T> {
  let told = false
  for (;;) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim())
    if (!isAlive(holder)) {
      await rm(lockFile, { force: true })
      continue
    }
    if (!told) log.step(`另一个进程（${holder}）正在构建，等它完成…`)
    told = true
    await sleep(500)
  }
  try {
    return await work()
  } finally {
    await rm(lockFile, { force: true })
  }
}
