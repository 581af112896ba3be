import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import tar from 'tar-stream'
import { BackupError } from './backupError'
import { type Manifest, manifestMemberName, manifestSchema } from './manifest'

/**
 * Calls `onMember` for each member of a `.tar.gz` in order, with a stream of its bytes that must be read
 * to the end. Damage the archive format itself detects (gzip checksum, tar headers) is reported as a
 * corrupt archive.
 */
export async function readArchive(archive: string, onMember: (name: string, stream: Readable) => Promise<void>): Promise<void> {
  const extract = tar.extract()
  // A failure of the handler (e.g. PostgreSQL refusing a row) is its own, not the archive's.
  let handlerError: unknown
  extract.on('entry', (header, stream, next) => {
    onMember(header.name, stream as unknown as Readable).then(
      () => next(),
      (error: unknown) => {
        handlerError = error
        extract.destroy(error as Error)
      },
    )
  })
  try {
    await pipeline(createReadStream(archive), createGunzip(), extract)
  } catch (error) {
    if (handlerError !== undefined) throw handlerError
    throw corrupt(archive, `无法解压（${(error as Error).message}）`)
  }
}

/**
 * Reads the whole archive once, checking every member against the manifest's size and SHA-256 and that no
 * member is missing or extra. Returns the manifest only if all of it holds; nothing is written.
 */
export async function verifyArchive(archive: string): Promise<Manifest> {
  const seen = new Map<string, { size: number; sha256: string }>()
  let manifestText: string | undefined
  await readArchive(archive, async (name, stream) => {
    if (manifestText !== undefined) throw corrupt(archive, `清单之后还有多余的成员 ${name}`)
    const hash = createHash('sha256')
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk)
      size += chunk.length
      if (name === manifestMemberName) chunks.push(chunk)
    }
    if (name === manifestMemberName) manifestText = Buffer.concat(chunks).toString('utf8')
    else seen.set(name, { size, sha256: hash.digest('hex') })
  })
  if (manifestText === undefined) throw corrupt(archive, '找不到清单 manifest.json（备份不完整）')
  let parsed: ReturnType<typeof manifestSchema.safeParse>
  try {
    parsed = manifestSchema.safeParse(JSON.parse(manifestText))
  } catch {
    throw corrupt(archive, '清单 manifest.json 不是有效的 JSON')
  }
  if (!parsed.success) throw corrupt(archive, '清单 manifest.json 的内容不符合格式')
  const manifest = parsed.data
  for (const member of manifest.members) {
    const actual = seen.get(member.name)
    if (!actual) throw corrupt(archive, `缺少成员 ${member.name}`)
    if (actual.size !== member.size || actual.sha256 !== member.sha256) throw corrupt(archive, `成员 ${member.name} 的 SHA-256 校验和不符`)
    seen.delete(member.name)
  }
  const extra = [...seen.keys()][0]
  if (extra !== undefined) throw corrupt(archive, `清单中没有记录成员 ${extra}`)
  return manifest
}

function corrupt(archive: string, why: string): BackupError {
  return new BackupError('restore.archiveCorrupt', `备份文件 ${archive} 已损坏：${why}。没有写入任何数据，请换一份完好的备份`)
}
