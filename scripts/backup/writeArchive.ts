import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import tar from 'tar-stream'
import { type Manifest, type ManifestMember, manifestMemberName } from './manifest'

/** A file on disk to store in the archive under `name`. */
export interface ArchiveSource {
  name: string
  file: string
}

/**
 * Writes a `.tar.gz` holding `sources` and, last, the manifest with every member's size and SHA-256
 * (computed from the bytes as they are written). The archive appears under `out` only when complete
 * (written beside it, then renamed), readable by its owner only: it holds password hashes.
 */
export async function writeArchive(
  out: string,
  sources: readonly ArchiveSource[],
  manifest: Omit<Manifest, 'members'>,
  onMember: (done: number, total: number) => void,
): Promise<Manifest> {
  const partial = `${out}.partial`
  const pack = tar.pack()
  const written = pipeline(pack, createGzip({ level: 6 }), createWriteStream(partial, { mode: 0o600 }))
  try {
    const members: ManifestMember[] = []
    for (const [index, source] of sources.entries()) {
      const { size } = await stat(source.file)
      const hash = createHash('sha256')
      const entry = pack.entry({ name: source.name, size, mode: 0o600 })
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk)
          done(null, chunk)
        },
      })
      await pipeline(createReadStream(source.file), hashing, entry)
      members.push({ name: source.name, size, sha256: hash.digest('hex') })
      onMember(index + 1, sources.length)
    }
    const complete: Manifest = { ...manifest, members }
    pack.entry({ name: manifestMemberName, mode: 0o600 }, `${JSON.stringify(complete, null, 2)}\n`)
    pack.finalize()
    await written
    await rename(partial, out)
    return complete
  } catch (error) {
    pack.destroy()
    await written.catch(() => undefined)
    await rm(partial, { force: true })
    throw error
  }
}
