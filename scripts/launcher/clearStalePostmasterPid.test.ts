import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clearStalePostmasterPid } from './clearStalePostmasterPid'

let databaseDir: string
const lockFile = () => path.join(databaseDir, 'postmaster.pid')

beforeEach(async () => {
  databaseDir = await mkdtemp(path.join(tmpdir(), 'postmaster-pid-'))
})
afterEach(() => rm(databaseDir, { recursive: true, force: true }))

describe('clearStalePostmasterPid', () => {
  it('removes a lock file whose process id now belongs to another program', async () => {
    // This test's own process is a running `node`, not a postgres.
    await writeFile(lockFile(), `${process.pid}\n${databaseDir}\n`)
    await clearStalePostmasterPid(databaseDir)
    expect(existsSync(lockFile())).toBe(false)
  })

  it('leaves a lock file naming a free process id to PostgreSQL, which recognises it as stale itself', async () => {
    await writeFile(lockFile(), '4194303\n')
    await clearStalePostmasterPid(databaseDir)
    expect(existsSync(lockFile())).toBe(true)
  })

  it('does nothing without a lock file', async () => {
    await expect(clearStalePostmasterPid(databaseDir)).resolves.toBeUndefined()
  })
})
