import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { changedDocuments } from '../changes/ContentChange'
import { changedSince, currentHorizon } from '../changes/changedSince'
import { contentChangesAppliedBelow, followContentChanges, unfollowContentChanges } from '../changes/followContentChanges'
import { loadPublishedDocuments } from './loadPublishedDocuments'
import { type ChangedDocument, refreshSearchItems } from './refreshSearchItems'
import { SearchIndex } from './SearchIndex'
import { readSnapshot, SnapshotDamaged, snapshotFormat, writeSnapshot, writeSnapshotSync } from './SearchSnapshot'
import { snapshotFingerprint } from './snapshotFingerprint'

/** Where the index came from when it became searchable. */
export type IndexOrigin = 'snapshot' | 'database'

/** What a live index needs: the CMS, its snapshot file, and when to write snapshots. */
export interface LiveSearchIndexOptions {
  payload: Payload
  snapshotFile: string
  /** The change subscriber's name (one per live index in a process). */
  name: string
  /** A snapshot is written after this many changed items … */
  snapshotAfterChanges?: number
  /** … or this long after the first change since the last one. */
  snapshotAfterMs?: number
}

// The change record keeps 7 days; a snapshot older than this could need rows already pruned.
const maxSnapshotAgeMs = 6 * 24 * 3_600_000
// Changed items re-read per query while catching up (an `id in …` list).
const refreshBatch = 500
// Past this share of emptied slots a loaded snapshot is rebuilt from the database in the background.
const maxEmptiedShare = 0.25

/**
 * The search index of one process, kept current from the change record. It becomes searchable from
 * the snapshot on disk plus the changes recorded since the snapshot's horizon, or (no usable snapshot)
 * from a build over the database; it writes a new snapshot in the background after enough changes,
 * and at exit. Searches are never blocked by a build or a snapshot write.
 */
export class LiveSearchIndex {
  private current: SearchIndex | undefined
  /** Changes seen while an index is being built, applied to it once built. */
  private readonly queues = new Set<Map<string, ChangedDocument>>()
  private ready: Promise<SearchIndex> | undefined
  private fingerprint: string | undefined
  private changesSinceSnapshot = 0
  /** When the snapshot on disk was taken (0: none known). */
  private snapshotTakenAt = 0
  private snapshotTimer: NodeJS.Timeout | undefined
  private writing: Promise<void> | undefined
  private stopped = false
  /** Where the index came from (`undefined` until it is searchable). */
  origin: IndexOrigin | undefined

  constructor(private readonly options: LiveSearchIndexOptions) {}

  /** The index, once searchable (the first call starts loading it). */
  index(): Promise<SearchIndex> {
    this.ready ??= this.start().catch((error: unknown) => {
      this.ready = undefined
      throw error
    })
    return this.ready
  }

  /** Writes a snapshot of the index as it is now (one write at a time; waits for one under way). */
  async writeSnapshot(): Promise<void> {
    while (this.writing) await this.writing
    const captured = this.capture()
    if (!captured) return
    const started = performance.now()
    this.writing = writeSnapshot(this.options.snapshotFile, captured.state, captured.meta)
      .then((bytes) => {
        this.options.payload.logger.info(
          `search snapshot written: ${(bytes / 2 ** 20).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s (horizon ${captured.meta.horizon})`,
        )
      })
      .catch((error: unknown) => {
        this.changesSinceSnapshot += 1
        this.options.payload.logger.error({ err: error }, 'search snapshot could not be written; the next change tries again')
      })
      .finally(() => {
        this.writing = undefined
      })
    await this.writing
  }

  /**
   * Writes a snapshot at once and synchronously (the process is exiting) if anything changed since the
   * last one, or that one is a day old (so a quiet library's snapshot does not age past the record).
   */
  writeSnapshotAtExit(): void {
    if (this.changesSinceSnapshot === 0 && !this.writing && Date.now() - this.snapshotTakenAt < 24 * 3_600_000) return
    try {
      const captured = this.capture()
      if (captured) writeSnapshotSync(this.options.snapshotFile, captured.state, captured.meta)
    } catch (error) {
      this.options.payload.logger.error(
        { err: error },
        'search snapshot could not be written at exit; the next start catches up from the last one',
      )
    }
  }

  /** Stops following changes and writing snapshots (waits for a write under way). */
  async stop(): Promise<void> {
    this.stopped = true
    unfollowContentChanges(this.options.name)
    clearTimeout(this.snapshotTimer)
    await this.writing
  }

  private async start(): Promise<SearchIndex> {
    const { payload } = this.options
    await followContentChanges(payload, this.options.name, (changes) => this.apply(changedDocuments(changes)))
    this.fingerprint = await snapshotFingerprint(this.pool())
    const started = performance.now()
    const fromSnapshot = await this.follow(() => this.loadSnapshot())
    if (fromSnapshot) {
      this.origin = 'snapshot'
      payload.logger.info(`search index loaded from its snapshot and caught up in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      if (fromSnapshot.emptiedShare > maxEmptiedShare) void this.rebuildInBackground()
      return fromSnapshot
    }
    const built = (await this.follow(async () => new SearchIndex(await loadPublishedDocuments(payload)))) as SearchIndex
    this.origin = 'database'
    payload.logger.info(`search index built from the database in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    void this.writeSnapshot()
    return built
  }

  /**
   * Makes an index while changes keep coming: they are queued, applied to it once made, and it takes
   * over from the current one in the same turn as the queue is found empty, so no change falls between.
   */
  private async follow(make: () => Promise<SearchIndex | undefined>): Promise<SearchIndex | undefined> {
    const queue = new Map<string, ChangedDocument>()
    this.queues.add(queue)
    try {
      const index = await make()
      if (!index) return undefined
      while (queue.size > 0) {
        const changed = [...queue.values()]
        queue.clear()
        await this.refresh(index, changed)
      }
      this.current = index
      return index
    } finally {
      this.queues.delete(queue)
    }
  }

  private async rebuildInBackground(): Promise<void> {
    try {
      const index = await this.follow(async () => new SearchIndex(await loadPublishedDocuments(this.options.payload)))
      this.options.payload.logger.info('search index rebuilt from the database (its snapshot had many replaced items)')
      if (index) await this.writeSnapshot()
    } catch (error) {
      this.options.payload.logger.error({ err: error }, 'search index rebuild failed; the loaded index keeps serving')
    }
  }

  /** The snapshot as an index caught up with the change record, or `undefined` when there is none usable. */
  private async loadSnapshot(): Promise<SearchIndex | undefined> {
    const { payload, snapshotFile } = this.options
    let read: Awaited<ReturnType<typeof readSnapshot>>
    try {
      read = await readSnapshot(snapshotFile)
    } catch (error) {
      const reason = error instanceof SnapshotDamaged ? error.message : String(error)
      payload.logger.warn(`search snapshot ${snapshotFile} cannot be used (${reason}); building the index from the database`)
      return undefined
    }
    if (!read) return undefined
    const refusal = await this.refusal(read)
    if (refusal) {
      payload.logger.info(`search snapshot ${snapshotFile} not used: ${refusal}; building the index from the database`)
      return undefined
    }
    this.snapshotTakenAt = read.meta.takenAt
    const index = SearchIndex.restore(read.state)
    const changed = await changedSince(this.pool(), read.meta.horizon)
    await this.refresh(index, changed)
    return index
  }

  private async refusal({ meta, format }: NonNullable<Awaited<ReturnType<typeof readSnapshot>>>): Promise<string | undefined> {
    if (format !== snapshotFormat) return `format ${format}, this version writes ${snapshotFormat}`
    if (meta.fingerprint !== this.fingerprint) return 'taken of another database or schema'
    if (Date.now() - meta.takenAt > maxSnapshotAgeMs) return 'older than the change record reaches back'
    if (BigInt(meta.horizon) > BigInt(await currentHorizon(this.pool()))) return 'its horizon lies ahead of this database'
    return undefined
  }

  private async apply(changed: ChangedDocument[]): Promise<void> {
    for (const queue of this.queues) for (const doc of changed) queue.set(`${doc.collection}:${doc.id}`, doc)
    if (!this.current) return
    await this.refresh(this.current, changed)
    this.changesSinceSnapshot += changed.length
    this.scheduleSnapshot()
  }

  private async refresh(index: SearchIndex, changed: readonly ChangedDocument[]): Promise<void> {
    for (let from = 0; from < changed.length; from += refreshBatch) {
      await refreshSearchItems(this.options.payload, index, changed.slice(from, from + refreshBatch))
    }
  }

  private scheduleSnapshot(): void {
    if (this.stopped || this.changesSinceSnapshot === 0) return
    if (this.changesSinceSnapshot >= (this.options.snapshotAfterChanges ?? 1_000)) {
      clearTimeout(this.snapshotTimer)
      this.snapshotTimer = undefined
      if (!this.writing) void this.writeSnapshot()
      return
    }
    if (this.snapshotTimer) return
    this.snapshotTimer = setTimeout(
      () => {
        this.snapshotTimer = undefined
        void this.writeSnapshot().then(() => this.scheduleSnapshot())
      },
      this.options.snapshotAfterMs ?? 10 * 60_000,
    )
    this.snapshotTimer.unref()
  }

  // The index and the feed's horizon in one synchronous step: every change below the horizon is in the index.
  private capture() {
    const horizon = contentChangesAppliedBelow()
    if (!this.current || !horizon || !this.fingerprint) return undefined
    this.changesSinceSnapshot = 0
    this.snapshotTakenAt = Date.now()
    return { state: this.current.capture(), meta: { fingerprint: this.fingerprint, horizon, takenAt: Date.now() } }
  }

  private pool(): Pool {
    return this.options.payload.db.pool as unknown as Pool
  }
}
