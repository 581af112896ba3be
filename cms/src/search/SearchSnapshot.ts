import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import { z } from 'zod'
import type { PostingKey } from './BigramPostings'
import { packPostings } from './packPostings'
import type { SearchDocument } from './SearchDocument'
import type { IndexState } from './SearchIndex'
import { StoredItem, type StoredTexts } from './StoredItem'

/** Bumped whenever the layout below or what the index derives from a document changes: older snapshots are rebuilt. */
export const snapshotFormat = 3

const magic = Buffer.from('XYSEARCH')
/** Written every this many bytes; the async writer lets searches run in between. */
const chunkBytes = 4 * 2 ** 20
/**
 * The most one write or read call moves: Linux moves at most ~2 GB per call and Node does not loop over
 * a short write, while the postings of 100,000 long items are ~1.4 GB in one typed array.
 */
const ioBytes = 256 * 2 ** 20

/** What a snapshot says about itself: which database and schema, and which changes it holds. */
export interface SnapshotMeta {
  /** The database and its last migration (see `snapshotFingerprint`): another one discards the snapshot. */
  fingerprint: string
  /** Every change of a transaction below this id (xid8, as text) is in the snapshot; catch-up reads from here. */
  horizon: string
  /** When the index was captured (ms since the epoch). */
  takenAt: number
}

const sectionSchema = z.object({ name: z.string(), offset: z.number().int().min(0), bytes: z.number().int().min(0), crc: z.number().int() })
const headerSchema = z.object({
  format: z.number().int(),
  fingerprint: z.string(),
  horizon: z.string().regex(/^\d+$/),
  takenAt: z.number(),
  shardSize: z.number().int().min(1),
  dirty: z.array(z.number().int().min(0)),
  sections: z.array(sectionSchema),
})

/** The snapshot file cannot be read as one (truncated, damaged, or not a snapshot at all). */
export class SnapshotDamaged extends Error {}

type Chunk = { section: string; data: Uint8Array }

// The parts of a snapshot, in file order. Texts are stored normalized (what the index searches); the
// original is the same length and differs in few places (full-width punctuation, traditional
// characters, capitals), stored as positions and code units. Typed arrays are written as they are.
function* encode(state: IndexState): Generator<Chunk> {
  const positions: number[] = []
  const codes: number[] = []
  const metas: unknown[] = []
  for (const item of state.items) {
    if (!item) {
      metas.push(null)
      continue
    }
    const { body, ...rest } = item.doc
    const original = `${rest.title}\n${rest.summary}\n${body}`
    // Read once: a stored item decodes its text on every read.
    const text = item.text
    const before = positions.length
    if (original !== text) {
      for (let index = 0; index < original.length; index++) {
        const code = original.charCodeAt(index)
        if (code !== text.charCodeAt(index)) {
          positions.push(index)
          codes.push(code)
        }
      }
    }
    metas.push([rest, item.syllables, text.length, positions.length - before])
    yield { section: 'texts', data: Buffer.from(text, 'utf16le') }
  }
  yield* pieces('diffPositions', bytesOf(Int32Array.from(positions)))
  yield* pieces('diffCodes', bytesOf(Uint16Array.from(codes)))
  yield { section: 'items', data: Buffer.from(JSON.stringify(metas)) }
  yield* pieces('blockSlots', bytesOf(state.blockSlots))
  const postings = packPostings(state.postings)
  yield* pieces('postingStarts', bytesOf(postings.starts))
  for (const piece of postings.blocks) yield* pieces('postingBlocks', bytesOf(piece))
  yield { section: 'postingKeys', data: Buffer.from(JSON.stringify(postings.keys)) }
  // Each lunr shard's JSON, one after another, and where each ends: a shard is loaded on first use.
  const shardEnds = new Int32Array(state.shards.shards.length)
  let shardBytes = 0
  for (const [position, shard] of state.shards.shards.entries()) {
    const data = shard instanceof Uint8Array ? shard : Buffer.from(JSON.stringify(shard.toJSON()))
    shardBytes += data.byteLength
    shardEnds[position] = shardBytes
    yield { section: 'shards', data }
  }
  yield* pieces('shardEnds', bytesOf(shardEnds))
}

// A large typed array as views of at most `ioBytes` (no copy).
function* pieces(section: string, bytes: Uint8Array): Generator<Chunk> {
  for (let start = 0; start < bytes.byteLength || start === 0; start += ioBytes)
    yield { section, data: bytes.subarray(start, Math.min(bytes.byteLength, start + ioBytes)) }
}

function bytesOf(array: Int32Array | Uint16Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
}

/** Lays chunks out in the file: sections start 8-byte aligned (typed arrays are read in place), header at the end. */
class Layout {
  readonly sections: Array<z.infer<typeof sectionSchema>> = []
  offset = magic.length

  /** The bytes to write for a chunk, preceded by padding when it opens a section. */
  place(chunk: Chunk): Uint8Array[] {
    const parts: Uint8Array[] = []
    let section = this.sections.at(-1)
    if (section?.name !== chunk.section) {
      const padding = (8 - (this.offset % 8)) % 8
      if (padding > 0) parts.push(Buffer.alloc(padding))
      this.offset += padding
      section = { name: chunk.section, offset: this.offset, bytes: 0, crc: 0 }
      this.sections.push(section)
    }
    section.bytes += chunk.data.byteLength
    section.crc = crc32(chunk.data, section.crc)
    this.offset += chunk.data.byteLength
    parts.push(chunk.data)
    return parts
  }

  /** The header and its trailer (length and magic), which end the file. */
  trailer(state: IndexState, meta: SnapshotMeta): Uint8Array {
    const header = Buffer.from(
      JSON.stringify({ format: snapshotFormat, ...meta, shardSize: state.shardSize, dirty: state.shards.dirty, sections: this.sections }),
    )
    const length = Buffer.alloc(4)
    length.writeUInt32LE(header.length)
    return Buffer.concat([header, length, magic])
  }
}

/**
 * Writes the captured index to `file` atomically (a temporary file, flushed, renamed over it), a few
 * megabytes at a time with a turn of the event loop in between, so searches keep being answered. The
 * bytes written, or `undefined` when `keepOnDisk` says the snapshot on disk is to stay (left as it is).
 */
export async function writeSnapshot(
  file: string,
  state: IndexState,
  meta: SnapshotMeta,
  keepOnDisk?: (onDisk: SnapshotMeta & { format: number }) => Promise<boolean>,
): Promise<number | undefined> {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  const handle = await open(temporary, 'w')
  try {
    const layout = new Layout()
    let pending: Uint8Array[] = []
    let pendingBytes = 0
    const flush = async () => {
      if (pending.length > 0) await handle.writev(pending)
      pending = []
      pendingBytes = 0
      await new Promise((resolve) => setImmediate(resolve))
    }
    pending.push(magic)
    for (const chunk of encode(state)) {
      for (const part of layout.place(chunk)) {
        pending.push(part)
        pendingBytes += part.byteLength
      }
      if (pendingBytes >= chunkBytes || pending.length >= 1000) await flush()
    }
    pending.push(layout.trailer(state, meta))
    await flush()
    await handle.sync()
    await handle.close()
    // Instances sharing a data folder write the same file: a slower write of an older index must not replace a newer one.
    const onDisk = keepOnDisk && (await readSnapshotMeta(file).catch(() => undefined))
    if (onDisk && (await keepOnDisk(onDisk))) {
      await rm(temporary, { force: true })
      return undefined
    }
    await rename(temporary, file)
    return layout.offset
  } catch (error) {
    await handle.close().catch(() => undefined)
    await rm(temporary, { force: true })
    throw error
  }
}

/** The same write in one go, for the moment the process exits (nothing is served any more). */
export function writeSnapshotSync(file: string, state: IndexState, meta: SnapshotMeta): void {
  const temporary = `${file}.${process.pid}.tmp`
  const descriptor = openSync(temporary, 'w')
  try {
    const layout = new Layout()
    writeSync(descriptor, magic)
    for (const chunk of encode(state)) for (const part of layout.place(chunk)) writeSync(descriptor, part)
    writeSync(descriptor, layout.trailer(state, meta))
    fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
  renameSync(temporary, file)
}

/**
 * Reads a snapshot: `undefined` when there is none; `SnapshotDamaged` when the file is not a whole,
 * intact snapshot (every section's checksum is checked). The large parts are read into their own
 * buffers and used in place.
 */
export async function readSnapshot(file: string): Promise<{ meta: SnapshotMeta; format: number; state: IndexState } | undefined> {
  return withSnapshot(file, async (read, header) => {
    const { format, fingerprint, horizon, takenAt, shardSize, dirty, sections } = header
    const meta = { fingerprint, horizon, takenAt }
    if (format !== snapshotFormat) return { meta, format, state: emptyState(shardSize) }
    // Every part is read at once (in the thread pool) and checked as it arrives; all are done before the file closes.
    const reads = sections.map((section) => read(section.offset, section.bytes))
    const parts = new Map<string, Buffer>()
    try {
      for (const [position, section] of sections.entries()) {
        const buffer = await (reads[position] as Promise<Buffer>)
        if (crc32(buffer) !== section.crc) throw new SnapshotDamaged(`snapshot part ${section.name} damaged (checksum)`)
        parts.set(section.name, buffer)
      }
    } finally {
      await Promise.allSettled(reads)
    }
    return { meta, format, state: decode(parts, shardSize, dirty) }
  })
}

/** What a snapshot says about itself, read from its header only (`undefined` when there is none). */
export async function readSnapshotMeta(file: string): Promise<(SnapshotMeta & { format: number }) | undefined> {
  return withSnapshot(file, async (_read, { format, fingerprint, horizon, takenAt }) => ({ format, fingerprint, horizon, takenAt }))
}

type ReadAt = (offset: number, bytes: number) => Promise<Buffer>

// Opens a snapshot, checks its magic at both ends and reads its header (at the end, before the trailer).
async function withSnapshot<T>(
  file: string,
  use: (read: ReadAt, header: z.infer<typeof headerSchema>) => Promise<T>,
): Promise<T | undefined> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  if (!handle) return undefined
  try {
    const { size } = await handle.stat()
    const read: ReadAt = async (offset, bytes) => {
      if (offset + bytes > size) throw new SnapshotDamaged(`snapshot ends at ${size} bytes, a part reaches ${offset + bytes}`)
      const buffer = Buffer.from(new ArrayBuffer(bytes))
      for (let done = 0; done < bytes; ) {
        const { bytesRead } = await handle.read(buffer, done, Math.min(ioBytes, bytes - done), offset + done)
        if (bytesRead === 0) throw new SnapshotDamaged('snapshot shorter than its header says')
        done += bytesRead
      }
      return buffer
    }
    if (size < magic.length * 2 + 4) throw new SnapshotDamaged('snapshot too short')
    const ending = await read(size - magic.length - 4, magic.length + 4)
    if (!ending.subarray(4).equals(magic) || !(await read(0, magic.length)).equals(magic))
      throw new SnapshotDamaged('not a search snapshot (or cut off)')
    const headerBytes = ending.readUInt32LE(0)
    const header = headerSchema.safeParse(parseJson(await read(size - magic.length - 4 - headerBytes, headerBytes)))
    if (!header.success) throw new SnapshotDamaged(`snapshot header unreadable: ${header.error.message}`)
    return await use(read, header.data)
  } finally {
    await handle.close()
  }
}

function emptyState(shardSize: number): IndexState {
  return {
    shardSize,
    items: [],
    blockSlots: new Int32Array(0),
    postings: { keys: [], starts: new Int32Array(1), blocks: new Int32Array(0), tail: [] },
    shards: { shards: [], dirty: [] },
  }
}

function decode(parts: Map<string, Buffer>, shardSize: number, dirty: number[]): IndexState {
  const part = (name: string) => parts.get(name) ?? Buffer.alloc(0)
  const diffCodes = part('diffCodes')
  const stored: StoredTexts = {
    texts: part('texts'),
    diffPositions: int32s(part('diffPositions')),
    diffCodes: new Uint16Array(diffCodes.buffer, diffCodes.byteOffset, diffCodes.byteLength / 2),
  }
  const metas = parseJson(part('items'))
  if (!Array.isArray(metas)) throw new SnapshotDamaged('snapshot items are not a list')
  let start = 0
  let diffFrom = 0
  const items = metas.map((entry: unknown, slot) => {
    if (entry === null) return undefined
    const [rest, syllables, length, diffs] = itemMeta(entry)
    const range = { start, end: start + length, diffFrom, diffTo: diffFrom + diffs }
    start = range.end
    diffFrom = range.diffTo
    if (range.end * 2 > stored.texts.length || range.diffTo > stored.diffPositions.length)
      throw new SnapshotDamaged('snapshot texts shorter than its items')
    return new StoredItem(slot, rest, syllables, stored, range)
  })
  return {
    shardSize,
    items,
    blockSlots: int32s(part('blockSlots')),
    postings: {
      keys: postingKeys(parseJson(part('postingKeys'))),
      starts: int32s(part('postingStarts')),
      blocks: int32s(part('postingBlocks')),
      tail: [],
    },
    shards: { shards: shardsOf(part('shards'), int32s(part('shardEnds'))), dirty },
  }
}

// Each shard's JSON as a view of the section (loaded on first use, see `LunrShards`).
function shardsOf(section: Buffer, ends: Int32Array): Uint8Array[] {
  let start = 0
  return Array.from(ends, (end) => {
    if (end < start || end > section.length) throw new SnapshotDamaged('snapshot shard ends out of order')
    const shard = section.subarray(start, end)
    start = end
    return shard
  })
}

function int32s(buffer: Buffer): Int32Array {
  return new Int32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4)
}

function parseJson(buffer: Buffer): unknown {
  try {
    return JSON.parse(buffer.toString('utf8'))
  } catch (error) {
    throw new SnapshotDamaged(`snapshot part is not JSON: ${(error as Error).message}`)
  }
}

// The snapshot's own parts, written by `encode` and intact (checksummed): checking their shape where decoding
// relies on it is enough. zod over every item's fields took longer than the rest of loading.
type ItemMeta = [Omit<SearchDocument, 'body'>, string[], number, number]

function itemMeta(entry: unknown): ItemMeta {
  if (!Array.isArray(entry) || entry.length !== 4) throw new SnapshotDamaged('snapshot item unreadable')
  const [rest, syllables, length, diffs] = entry as unknown[]
  const doc = rest as Partial<Record<string, unknown>> | null
  if (typeof doc?.title !== 'string' || typeof doc.summary !== 'string' || !Array.isArray(syllables) || !isCount(length) || !isCount(diffs))
    throw new SnapshotDamaged('snapshot item unreadable')
  return entry as ItemMeta
}

function postingKeys(keys: unknown): PostingKey[] {
  if (!Array.isArray(keys) || !keys.every(isPostingKey)) throw new SnapshotDamaged('snapshot posting keys unreadable')
  return keys
}

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0
const isPostingKey = (key: unknown): key is PostingKey => typeof key === 'number' || typeof key === 'string'
