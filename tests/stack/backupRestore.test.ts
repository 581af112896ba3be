import { randomUUID } from 'node:crypto'
import { createWriteStream, existsSync } from 'node:fs'
import { chmod, copyFile, mkdtemp, open, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import type { Media } from '@xuexi/contract/payload-types'
import pg from 'pg'
import tar from 'tar-stream'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { fingerprintTables, listTables } from '../../scripts/backup/fingerprintTables'
import type { Manifest } from '../../scripts/backup/manifest'
import { readArchive, verifyArchive } from '../../scripts/backup/readArchive'
import { type RunningStack, startStack } from '../../scripts/launcher/startStack'
import { apiJson, loginToken, stackUrl } from '../support/cmsApi'
import { redSquarePng } from '../support/importFixtures'
import { quietLogger } from '../support/quietLogger'
import { runNpmScript } from '../support/runNpmScript'
import { stackAdmin } from '../support/stackAdmin'
import { testStackOptions } from '../support/testStackOptions'
import { createStackMember, itemIdOf, postHeartbeats, type StackMember, visitOpenedAt } from '../support/trackingApi'

let workDir: string
let archive: string
let restoredDir: string
let restored: RunningStack | undefined

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'portal-backup-test-'))
  // The restored data folder is made inside: PostgreSQL runs as its own user and must be able to enter.
  await chmod(workDir, 0o755)
  archive = path.join(workDir, 'portal.tar.gz')
  restoredDir = path.join(workDir, 'restored')
})

afterAll(async () => {
  await restored?.stop()
  await rm(workDir, { recursive: true, force: true })
})

// Backup and restore run as an operator runs them: `npm run …` in a child process, configured by the environment.
const operatorEnv = (overrides: Record<string, string>): NodeJS.ProcessEnv => {
  const env = { ...process.env, ...overrides }
  for (const name of ['DATABASE_URL', 'PORTAL_DB_PORT', 'PAYLOAD_SECRET']) delete env[name]
  return env
}

async function uploadMedia(token: string): Promise<Media> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await redSquarePng())], { type: 'image/png' }), `backup-${randomUUID().slice(0, 8)}.png`)
  form.append('_payload', JSON.stringify({ alt: '备份测试图片' }))
  const response = await fetch(stackUrl('/api/media'), { method: 'POST', body: form, headers: { authorization: `JWT ${token}` } })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Media }).doc
}

/** Members reading an article back to back (one heartbeat per request) until stopped; counts what was accepted. */
function startHeartbeatLoad(members: StackMember[], articleId: number) {
  let running = true
  const counts = { accepted: 0, refused: 0 }
  const visitStart = new Date(Date.now() - 60_000)
  const loops = members.map(async (member) => {
    while (running) {
      const { status } = await postHeartbeats(
        {
          events: [
            {
              id: randomUUID(),
              collection: 'articles',
              itemId: articleId,
              visit: visitOpenedAt(member, 'articles', articleId, visitStart),
              occurredAt: new Date().toISOString(),
              activeSeconds: 5,
              scrollPercent: 40,
            },
          ],
        },
        member.token,
      )
      if (status < 300) counts.accepted += 1
      else counts.refused += 1
    }
  })
  return {
    counts,
    stop: async () => {
      running = false
      await Promise.all(loops)
    },
  }
}

/** Copies a .tar.gz member by member, letting `change` rewrite a member's bytes. */
async function repackArchive(from: string, to: string, change: (name: string, bytes: Buffer) => Buffer): Promise<void> {
  const pack = tar.pack()
  const written = pipeline(pack, createGzip(), createWriteStream(to))
  await readArchive(from, async (name, stream) => {
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    pack.entry({ name }, change(name, Buffer.concat(chunks)))
  })
  pack.finalize()
  await written
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  return (await readFile(a)).equals(await readFile(b))
}

describe('backup and restore (npm run backup, npm run restore)', () => {
  let manifest: Manifest
  let uploaded: Media

  it('backs up a portal while it takes heartbeats, and the restore serves every row and media file of the snapshot', async () => {
    const adminToken = await loginToken()
    uploaded = await uploadMedia(adminToken)
    const articleId = await itemIdOf('articles', 'red-family-tradition')
    const members = await Promise.all([createStackMember(adminToken), createStackMember(adminToken), createStackMember(adminToken)])
    const load = startHeartbeatLoad(members, articleId)
    let acceptedDuringBackup: number
    try {
      await expect.poll(() => load.counts.accepted, { timeout: 30_000 }).toBeGreaterThan(10)
      const before = load.counts.accepted
      const backup = await runNpmScript(['run', 'backup', '--', '--out', archive], operatorEnv({ PORTAL_DATA_DIR: inject('stackDataDir') }))
      expect(backup.scriptErrors).toEqual([])
      expect(backup.code).toBe(0)
      expect(backup.stdout).toContain('备份完成')
      acceptedDuringBackup = load.counts.accepted - before
    } finally {
      await load.stop()
    }
    expect(load.counts.refused).toBe(0)
    expect(acceptedDuringBackup).toBeGreaterThan(0)
    expect((await stat(archive)).mode & 0o777).toBe(0o600)

    manifest = await verifyArchive(archive)
    const snapshotEvents = manifest.tables.find((table) => table.name === 'reading_events')?.rows ?? 0
    expect(snapshotEvents).toBeGreaterThan(10)
    expect(manifest.members.map((member) => member.name)).toContain(`media/${uploaded.filename}`)

    const restore = await runNpmScript(['run', 'restore', '--', archive, '--data-dir', restoredDir], operatorEnv({}))
    expect(restore.scriptErrors).toEqual([])
    expect(restore.code).toBe(0)
    expect(restore.stdout).toContain('恢复完成')

    restored = await startStack(testStackOptions(restoredDir, quietLogger(), (message) => console.warn(message)))
    const client = new pg.Client({ connectionString: restored.databaseUrl })
    await client.connect()
    try {
      // Every table of the restored schema, each with the count and row fingerprint the snapshot recorded.
      expect((await listTables(client)).map((table) => table.name)).toEqual(manifest.tables.map((table) => table.name))
      const expected = manifest.tables.map(({ name, rows, md5 }) => ({ name, rows, md5 }))
      expect(await fingerprintTables(client, manifest.tables)).toEqual(expected)
    } finally {
      await client.end()
    }

    const sourceMedia = path.join(inject('stackDataDir'), 'media')
    const mediaMembers = manifest.members.filter((member) => member.name.startsWith('media/'))
    expect(mediaMembers.length).toBeGreaterThan(0)
    for (const member of mediaMembers) {
      const relative = member.name.slice('media/'.length)
      expect(await sameBytes(path.join(sourceMedia, relative), path.join(restoredDir, 'media', relative)), member.name).toBe(true)
    }

    // The restored portal serves: the admin signs in with the same password and gets the uploaded file's bytes.
    const login = await fetch(new URL('/api/users/login', restored.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(stackAdmin),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const file = await fetch(new URL(uploaded.url as string, restored.url), { headers: { authorization: `JWT ${token}` } })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(await redSquarePng())).toBe(true)
    expect((await apiJson(`/api/media/${uploaded.id}`, { token: adminToken })).status).toBe(200)
  }, 600_000)

  it('leaves media in an S3 bucket to the bucket’s own backup, and says so to the operator, in the manifest and on restore', async () => {
    const bucketArchive = path.join(workDir, 'portal-bucket.tar.gz')
    const bucket = { S3_BUCKET: 'xuexi-media', S3_ENDPOINT: 'https://s3.example.org' }
    const backup = await runNpmScript(
      ['run', 'backup', '--', '--out', bucketArchive],
      operatorEnv({ PORTAL_DATA_DIR: inject('stackDataDir'), ...bucket, S3_REGION: 'cn-north-1' }),
    )
    expect(backup.code).toBe(0)
    expect(backup.scriptErrors.join('\n')).toContain('存储桶 xuexi-media，https://s3.example.org），不在本备份中')
    expect(backup.stdout).toContain('媒体文件在存储桶 xuexi-media 中，未包含')
    const bucketManifest = await verifyArchive(bucketArchive)
    expect(bucketManifest.mediaBucket).toEqual({ bucket: 'xuexi-media', endpoint: 'https://s3.example.org' })
    expect(bucketManifest.members.filter((member) => member.name.startsWith('media/'))).toEqual([])

    const target = path.join(workDir, 'restored-bucket')
    const restore = await runNpmScript(['run', 'restore', '--', bucketArchive, '--data-dir', target], operatorEnv({}))
    expect(restore.code).toBe(0)
    expect(restore.scriptErrors.join('\n')).toContain('在 S3 存储桶 xuexi-media 中，未随本备份恢复')
  }, 300_000)

  it('refuses to restore into a data folder that is not empty, with one Chinese line and nothing changed', async () => {
    expect(restored).toBeDefined()
    await restored?.stop()
    restored = undefined
    const before = await readdir(restoredDir, { recursive: true })
    const result = await runNpmScript(['run', 'restore', '--', archive, '--data-dir', restoredDir], operatorEnv({}))
    expect(result.code).not.toBe(0)
    expect(result.scriptErrors).toEqual([expect.stringContaining('不是空的')])
    expect(await readdir(restoredDir, { recursive: true })).toEqual(before)
  }, 120_000)

  it('restores over a portal that is not empty when told to (--force), every table checked against the manifest again', async () => {
    const result = await runNpmScript(['run', 'restore', '--', archive, '--data-dir', restoredDir, '--force'], operatorEnv({}))
    expect(result.scriptErrors).toEqual([])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('与清单逐表核对一致')
  }, 300_000)

  it('refuses a corrupted archive with one Chinese line and writes nothing', async () => {
    const damaged = path.join(workDir, 'damaged.tar.gz')
    await copyFile(archive, damaged)
    const size = (await stat(damaged)).size
    const handle = await open(damaged, 'r+')
    try {
      // Flip bytes in the middle of the compressed data.
      const middle = Buffer.alloc(16)
      await handle.read(middle, 0, 16, Math.floor(size / 2))
      await handle.write(
        middle.map((byte) => byte ^ 0xff),
        0,
        16,
        Math.floor(size / 2),
      )
    } finally {
      await handle.close()
    }
    const target = path.join(workDir, 'from-damaged')
    const result = await runNpmScript(['run', 'restore', '--', damaged, '--data-dir', target], operatorEnv({}))
    expect(result.code).not.toBe(0)
    expect(result.scriptErrors).toEqual([expect.stringContaining('已损坏')])
    expect(existsSync(target)).toBe(false)
  }, 120_000)

  it('refuses a well-formed archive whose table rows were altered, naming the member whose checksum differs', async () => {
    const altered = path.join(workDir, 'altered.tar.gz')
    // A valid .tar.gz (gzip and tar checks pass) with one byte of the users table's rows changed.
    await repackArchive(archive, altered, (name, bytes) => {
      if (name !== 'database/users.copy') return bytes
      const changed = Buffer.from(bytes)
      changed[0] = changed[0] === 0x31 ? 0x32 : 0x31
      return changed
    })
    const target = path.join(workDir, 'from-altered')
    const result = await runNpmScript(['run', 'restore', '--', altered, '--data-dir', target], operatorEnv({}))
    expect(result.code).not.toBe(0)
    expect(result.scriptErrors).toEqual([expect.stringMatching(/已损坏.*database\/users\.copy.*SHA-256/)])
    expect(existsSync(target)).toBe(false)
  }, 120_000)
})
