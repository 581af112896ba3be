import { changedDocuments } from '@xuexi/contract/changes/ContentChange'
import { searchTypes } from '@xuexi/contract/search/SearchResponse'
import type { Payload } from 'payload'
import { changedSince, currentHorizon } from '../changes/changedSince'
import { contentChangesAppliedBelow, followContentChanges, unfollowContentChanges } from '../changes/followContentChanges'
import type { Pool } from '../database/databaseOf'
import type { ProcessLog } from '../logging/processLog'
import { loadPublishedDocuments } from './loadPublishedDocuments'
import { type ChangedDocument, refreshSearchItems } from './refreshSearchItems'
import { SearchIndex } from './SearchIndex'
import { readSnapshot, SnapshotDamaged, type SnapshotMeta, snapshotFormat, writeSnapshot, writeSnapshotSync } from './SearchSnapshot'
import { snapshotFingerprint } from './snapshotFingerprint'

/** Where the index came from when it became searchable. */
export type IndexOrigin = 'snapshot' | 'database'

/** What a live index needs: plain SQL at once, Payload once it is up, its snapshot file, and when to write snapshots. */
export interface LiveSearchIndexOptions {
  /** For what becoming searchable from a snapshot needs (fingerprint, horizon, change record): no Payload. */
  pool: Pool
  /** Payload once it has started: re-reading changed items and building from the database need it. */
  payload: Promise<Payload>
  log: ProcessLog
  snapshotFile: string
  /**
   * The snapshot file's read, when the process started it before loading its other modules (the search
   * process does: the file is read in the thread pool meanwhile); read at the first start otherwise.
   */
  snapshotRead?: ReturnType<typeof readSnapshot>
  /** The change subscriber's name (one per live index in a process). */
  name: string
  /** A snapshot is written after this many changed items … */
  snapshotAfterChanges?: number
  /** … or once no change came for this long … */
  snapshotQuietMs?: number
  /** … or, while changes keep coming, this long after the first one not in a snapshot. */
  snapshotAtMostMs?: number
}

// The change record keeps 7 days; a snapshot older than this could need rows already pruned.
const maxSnapshotAgeMs = 6 * 24 * 3_600_000
// Changed items re-read per query (an `id in …` list).
const refreshBatch = 500
// Past this share of emptied slots a loaded snapshot is rebuilt from the database in the background.
const maxEmptiedShare = 0.25
// A re-read that failed (database unreachable) is tried again after this long.
const retryMs = 1_000

const isSearchType = (collection: string): collection is (typeof searchTypes)[number] =>
  (searchTypes as readonly string[]).includes(collection)

/**
 * The search index of one process, kept current from the change record. It becomes searchable from
 * the snapshot on disk with plain SQL only, before Payload has started: items the change record notes
 * since the snapshot are hidden until Payload re-reads them (so nobody sees a version that has since
 * been unpublished or restricted). Without a usable snapshot it is built over the database once
 * Payload is up. It writes a new snapshot in the background after enough changes or a quiet period,
 * and at exit. Searches are never blocked by a build, a re-read or a snapshot write.
 */
export class LiveSearchIndex {
  private current: SearchIndex | undefined
  /** Changes seen while an index is being made, applied to it once made. */
  private readonly queues = new Set<Map<string, ChangedDocument>>()
  /** Changed items still to be re-read into the current index (one re-reader at a time, in order). */
  private readonly pending = new Map<string, ChangedDocument>()
  private rereading: Promise<void> | undefined
  private payload: Payload | undefined
  private ready: Promise<SearchIndex> | undefined
  private fingerprint: string | undefined
  private changesSinceSnapshot = 0
  /** When the first change not in the snapshot on disk came (0: none). */
  private firstUnsavedAt = 0
  /** When the snapshot on disk was taken (0: none known). */
  private snapshotTakenAt = 0
  /** The feed's horizon for the changes heard last (see `ChangeSubscriber`). */
  private heardBelow: string | undefined
  private snapshotTimer: NodeJS.Timeout | undefined
  private writing: Promise<void> | undefined
  private stopped = false
  private snapshotSettled: () => void = () => undefined
  private readonly snapshotWasTried = new Promise<void>((resolve) => {
    this.snapshotSettled = resolve
  })
  /** The read started before this index was made, used by the first start only. */
  private startedRead: ReturnType<typeof readSnapshot> | undefined
  /** Where the index came from (`undefined` until it is searchable). */
  origin: IndexOrigin | undefined

  constructor(private readonly options: LiveSearchIndexOptions) {
    this.startedRead = options.snapshotRead
    options.payload.then(
      (payload) => {
        this.payload = payload
      },
      () => undefined,
    )
  }

  /** The index, once searchable (the first call starts loading it). */
  index(): Promise<SearchIndex> {
    this.ready ??= this.start().catch((error: unknown) => {
      this.ready = undefined
      this.snapshotSettled()
      throw error
    })
    return this.ready
  }

  /**
   * Resolves once the snapshot has been tried (after `index()` is first called): the index is searchable
   * from it, or there is none usable and the index waits for Payload to build it, or loading failed. Until
   * then loading Payload's modules would only slow the snapshot down; from then on nothing is gained by waiting.
   */
  snapshotTried(): Promise<void> {
    return this.snapshotWasTried
  }

  /** Resolves once every change heard so far is in the index (items hidden at start re-read, too). */
  async caughtUp(): Promise<void> {
    await this.index()
    while (this.rereading) await this.rereading
  }

  /**
   * Writes a snapshot of the index as it is now, once changed items heard so far are re-read (one write
   * at a time; waits for one under way). False when changes came in between: the re-reader's end
   * schedules the next try.
   */
  async writeSnapshot(): Promise<boolean> {
    while (this.rereading) await this.rereading
    while (this.writing) await this.writing
    const captured = this.capture()
    if (!captured) return false
    const started = performance.now()
    let written = false
    this.writing = writeSnapshot(this.options.snapshotFile, captured.state, captured.meta, (onDisk) => this.isLater(onDisk, captured.meta))
      .then((bytes) => {
        written = true
        this.options.log.info(
          bytes === undefined
            ? `search snapshot not replaced: the one on disk holds later changes than horizon ${captured.meta.horizon}`
            : `search snapshot written: ${(bytes / 2 ** 20).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s (horizon ${captured.meta.horizon})`,
        )
      })
      .catch((error: unknown) => {
        this.changesSinceSnapshot += 1
        this.firstUnsavedAt ||= Date.now()
        this.options.log.error({ err: error }, 'search snapshot could not be written; the next change tries again')
      })
      .finally(() => {
        this.writing = undefined
      })
    await this.writing
    return written
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
      this.options.log.error({ err: error }, 'search snapshot could not be written at exit; the next start catches up from the last one')
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
    const { log } = this.options
    const started = performance.now()
    // The file is read while the change feed and the fingerprint are asked for (its failure is judged below).
    const reading = this.startedRead ?? readSnapshot(this.options.snapshotFile)
    this.startedRead = undefined
    reading.catch(() => undefined)
    const [fingerprint] = await Promise.all([
      snapshotFingerprint(this.options.pool),
      followContentChanges({ logger: log }, this.options.name, (changes, below) => this.apply(changedDocuments(changes), below)),
    ])
    this.fingerprint = fingerprint
    const queue = new Map<string, ChangedDocument>()
    this.queues.add(queue)
    try {
      const loaded = await this.loadSnapshot(reading)
      this.snapshotSettled()
      if (loaded) {
        this.current = loaded.index
        this.origin = 'snapshot'
        const changed = [...loaded.changed, ...queue.values()]
        // Their old versions are in the snapshot: hidden until re-read, even if Payload is already up.
        if (changed.length > 0) this.noteUnsaved(changed.length)
        void this.reread(changed, true)
        log.info(
          `search index searchable from its snapshot in ${((performance.now() - started) / 1000).toFixed(2)} s; re-reading ${changed.length} items changed since`,
        )
        if (loaded.index.emptiedShare > maxEmptiedShare) void this.rebuildInBackground()
        return loaded.index
      }
    } finally {
      this.queues.delete(queue)
    }
    const built = await this.follow(async () => new SearchIndex(await loadPublishedDocuments(await this.options.payload)))
    this.origin = 'database'
    log.info(`search index built from the database in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    void this.writeSnapshot()
    return built
  }

  /**
   * Makes an index while changes keep coming: they are queued, applied to it once made, and it takes
   * over from the current one in the same turn as the queue is found empty, so no change falls between.
   */
  private async follow(make: () => Promise<SearchIndex>): Promise<SearchIndex> {
    const queue = new Map<string, ChangedDocument>()
    this.queues.add(queue)
    try {
      const index = await make()
      const payload = await this.options.payload
      while (queue.size > 0) {
        const changed = [...queue.values()]
        queue.clear()
        for (let from = 0; from < changed.length; from += refreshBatch)
          await refreshSearchItems(payload, index, changed.slice(from, from + refreshBatch))
      }
      this.current = index
      return index
    } finally {
      this.queues.delete(queue)
    }
  }

  private async rebuildInBackground(): Promise<void> {
    try {
      await this.follow(async () => new SearchIndex(await loadPublishedDocuments(await this.options.payload)))
      this.options.log.info('search index rebuilt from the database (its snapshot had many replaced items)')
      await this.writeSnapshot()
    } catch (error) {
      this.options.log.error({ err: error }, 'search index rebuild failed; the loaded index keeps serving')
    }
  }

  /**
   * The snapshot as an index and the items changed since it (plain SQL only), or `undefined` when there
   * is none usable.
   */
  private async loadSnapshot(
    reading: ReturnType<typeof readSnapshot>,
  ): Promise<{ index: SearchIndex; changed: ChangedDocument[] } | undefined> {
    const { log, snapshotFile, pool } = this.options
    let read: Awaited<ReturnType<typeof readSnapshot>>
    try {
      read = await reading
    } catch (error) {
      const reason = error instanceof SnapshotDamaged ? error.message : String(error)
      log.warn(`search snapshot ${snapshotFile} cannot be used (${reason}); building the index from the database`)
      return undefined
    }
    if (!read) return undefined
    const refusal = await this.refusal(read)
    if (refusal) {
      log.info(`search snapshot ${snapshotFile} not used: ${refusal}; building the index from the database`)
      return undefined
    }
    this.snapshotTakenAt = read.meta.takenAt
    const index = SearchIndex.restore(read.state)
    return { index, changed: await changedSince(pool, read.meta.horizon) }
  }

  // Whether a snapshot on disk (another instance's, sharing the data folder) holds changes `meta` does not,
  // and would be loaded: then it stays.
  private async isLater(onDisk: SnapshotMeta & { format: number }, meta: SnapshotMeta): Promise<boolean> {
    if (onDisk.format !== snapshotFormat || onDisk.fingerprint !== meta.fingerprint) return false
    if (BigInt(onDisk.horizon) <= BigInt(meta.horizon)) return false
    return BigInt(onDisk.horizon) <= BigInt(await currentHorizon(this.options.pool))
  }

  private async refusal({ meta, format }: NonNullable<Awaited<ReturnType<typeof readSnapshot>>>): Promise<string | undefined> {
    if (format !== snapshotFormat) return `format ${format}, this version writes ${snapshotFormat}`
    if (meta.fingerprint !== this.fingerprint) return 'taken of another database or schema'
    if (Date.now() - meta.takenAt > maxSnapshotAgeMs) return 'older than the change record reaches back'
    if (BigInt(meta.horizon) > BigInt(await currentHorizon(this.options.pool))) return 'its horizon lies ahead of this database'
    return undefined
  }

  private async apply(changed: ChangedDocument[], below: string): Promise<void> {
    // Heard before they are queued: once nothing waits to be re-read, the index holds every change below it.
    this.heardBelow = below
    for (const queue of this.queues) for (const doc of changed) queue.set(`${doc.collection}:${doc.id}`, doc)
    if (!this.current) return
    this.noteUnsaved(changed.length)
    const reread = this.reread(changed)
    // Once Payload is up the feed waits for the re-read (in order, as before); until then it must not,
    // so that later changes are hidden as soon as they are heard.
    if (this.payload) await reread
  }

  private noteUnsaved(changes: number): void {
    this.changesSinceSnapshot += changes
    this.firstUnsavedAt ||= Date.now()
  }

  /**
   * Re-reads changed items into the current index in the background, one batch after another. Items
   * that cannot be re-read at once (Payload has not started; `hide`: catching up after a start) are
   * hidden from every reader until they are.
   */
  private reread(changed: readonly ChangedDocument[], hide = !this.payload): Promise<void> {
    for (const doc of changed) {
      this.pending.set(`${doc.collection}:${doc.id}`, doc)
      if (hide && isSearchType(doc.collection)) this.current?.remove({ type: doc.collection, id: doc.id })
    }
    this.rereading ??= this.drain()
    return this.rereading
  }

  private async drain(): Promise<void> {
    try {
      const payload = await this.options.payload
      for (;;) {
        const index = this.current
        if (this.pending.size === 0 || this.stopped || !index) {
          // Cleared in the same turn as the queue is found empty, so a change added next starts a new re-reader.
          this.rereading = undefined
          this.scheduleSnapshot()
          return
        }
        const batch = [...this.pending.values()].slice(0, refreshBatch)
        for (const doc of batch) this.pending.delete(`${doc.collection}:${doc.id}`)
        try {
          await refreshSearchItems(payload, index, batch)
        } catch (error) {
          for (const doc of batch)
            if (!this.pending.has(`${doc.collection}:${doc.id}`)) this.pending.set(`${doc.collection}:${doc.id}`, doc)
          this.options.log.error({ err: error }, `re-reading ${batch.length} changed search items failed; trying again`)
          await new Promise((resolve) => setTimeout(resolve, retryMs))
        }
      }
    } catch (error) {
      this.rereading = undefined
      this.options.log.error({ err: error }, 'changed search items cannot be re-read: Payload did not start')
    }
  }

  private scheduleSnapshot(): void {
    if (this.stopped || this.changesSinceSnapshot === 0) return
    clearTimeout(this.snapshotTimer)
    this.snapshotTimer = undefined
    const overdue = Date.now() - this.firstUnsavedAt >= (this.options.snapshotAtMostMs ?? 10 * 60_000)
    const write = () => void this.writeSnapshot().then((written) => written && this.scheduleSnapshot())
    if (this.changesSinceSnapshot >= (this.options.snapshotAfterChanges ?? 1_000) || overdue) {
      if (!this.writing) write()
      return
    }
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = undefined
      write()
    }, this.options.snapshotQuietMs ?? 30_000)
    this.snapshotTimer.unref()
  }

  // The index and its horizon in one synchronous step: every change below the horizon is in the index,
  // unless some are still waiting to be re-read (then there is nothing consistent to capture yet). The
  // feed's own horizon moves only once every subscriber is done with a batch, after the re-read that
  // ends this one may already have captured: the horizon heard with the batch is the later of the two.
  private capture() {
    const horizon = laterHorizon(contentChangesAppliedBelow(), this.heardBelow)
    if (!this.current || !horizon || !this.fingerprint || this.rereading || this.pending.size > 0) return undefined
    this.changesSinceSnapshot = 0
    this.firstUnsavedAt = 0
    this.snapshotTakenAt = Date.now()
    return { state: this.current.capture(), meta: { fingerprint: this.fingerprint, horizon, takenAt: Date.now() } }
  }
}

function laterHorizon(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b
  return BigInt(a) >= BigInt(b) ? a : b
}
