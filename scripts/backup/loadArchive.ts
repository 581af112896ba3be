import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { BackupError } from './backupError'
import { mediaTarget } from './collectMedia'
import { fingerprintTables } from './fingerprintTables'
import { type Manifest, mediaMemberPrefix, secretMemberName, tableMemberName } from './manifest'
import { readArchive } from './readArchive'

/**
 * Loads a verified archive into a migrated database and a data folder, in ONE transaction: the tables
 * the migrations filled are emptied, every table is loaded with `COPY … FROM STDIN` with triggers and
 * foreign-key checks off (`session_replication_role = replica`: the rows were consistent when copied,
 * and the summary triggers must not count them twice), sequences are set, and every table's count and
 * fingerprint must equal the manifest's before it commits. Media files and the session secret are written
 * to the data folder.
 */
export async function loadArchive(options: {
  archive: string
  manifest: Manifest
  databaseUrl: string
  mediaDir: string
  /** Where the archive's session secret goes; undefined leaves it out (an external database keeps its own). */
  secretFile?: string
  onTable: (table: string, done: number, total: number) => void
}): Promise<void> {
  const { manifest } = options
  const tables = new Map(manifest.tables.map((table) => [tableMemberName(table.name), table]))
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'portal-restore' })
  await client.connect()
  try {
    await client.query('begin')
    await client.query('set local session_replication_role = replica')
    const names = manifest.tables.map((table) => client.escapeIdentifier(table.name))
    if (names.length > 0) await client.query(`truncate ${names.join(', ')}`)
    let loaded = 0
    await mkdir(options.mediaDir, { recursive: true })
    await readArchive(options.archive, async (name, stream) => {
      const table = tables.get(name)
      if (table) {
        const columns = table.columns.map((column) => client.escapeIdentifier(column)).join(', ')
        await pipeline(stream, client.query(copyFrom(`copy ${client.escapeIdentifier(table.name)} (${columns}) from stdin`)))
        loaded += 1
        options.onTable(table.name, loaded, tables.size)
      } else if (name.startsWith(mediaMemberPrefix)) {
        const target = mediaTarget(options.mediaDir, name)
        if (!target) throw new BackupError('restore.archiveCorrupt', `备份中的媒体文件名 ${name} 不安全，已停止恢复`)
        await mkdir(path.dirname(target), { recursive: true })
        await pipeline(stream, createWriteStream(target, { mode: 0o644 }))
      } else if (name === secretMemberName && options.secretFile) {
        const chunks: Buffer[] = []
        for await (const chunk of stream) chunks.push(chunk as Buffer)
        await writeFile(options.secretFile, Buffer.concat(chunks), { mode: 0o600 })
      } else {
        stream.resume()
        await new Promise((resolve) => stream.once('end', resolve))
      }
    })
    for (const sequence of manifest.sequences)
      await client.query('select setval($1::regclass, $2::bigint, $3)', [
        client.escapeIdentifier(sequence.name),
        sequence.value,
        sequence.isCalled,
      ])
    const restored = await fingerprintTables(client, manifest.tables)
    const differing = manifest.tables.filter((table, index) => restored[index]?.rows !== table.rows || restored[index]?.md5 !== table.md5)
    if (differing.length > 0)
      throw new BackupError(
        'restore.mismatch',
        `恢复后的数据与备份清单不一致（${differing.map((table) => table.name).join('、')}），已全部撤销。请报告此问题`,
      )
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}
