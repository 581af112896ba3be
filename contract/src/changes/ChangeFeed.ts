import { LRUCache } from 'lru-cache'
import pg from 'pg'
import { type ContentChange, contentChangeSchema } from './ContentChange'

/** What a feed needs: where PostgreSQL is, who applies changes, and where to report trouble. */
export interface ChangeFeedOptions {
  connectionString: string
  /** Shown in `pg_stat_activity.application_name` (operators and tests find the connection by it). */
  name: string
  /**
   * Applies a batch of changes, in commit-independent record order; must be idempotent (a change may come
   * twice). `below` (xid8, as text): once this batch and those before it are applied, every change of a
   * transaction below it is (a horizon for derived state captured then; `appliedBelow` only moves after
   * `apply` resolves).
   */
  apply: (changes: ContentChange[], below: string) => Promise<void>
  /** Told when the feed starts or stops hearing every change (connected, listening and caught up). */
  onLive?: (live: boolean) => void
  warn: (message: string) => void
  /**
   * Another channel LISTENed on the same connection, whose notices are handed over as they come (not
   * recorded: `onLive(false)` says some may be missed until the feed is live again).
   */
  notices?: { channel: string; receive: (payload: string) => void }
  backoff?: { initialMs: number; maxMs: number }
}

const channel = 'content_changes'
const batchSize = 2_000

// Catch-up reads every record row of a transaction not yet finished at the previous catch-up (its id
// is at or above that catch-up's snapshot xmin), so a transaction that commits late is never skipped,
// whatever order record ids were handed out in. Rows seen before are recognised by id and not applied
// again. Within one catch-up, batches follow (tx, id) so a transaction of any size is read whole.
const catchUpQuery = `
  WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
  SELECT horizon.xmin::text AS horizon, c.id::text AS change, c.collection, c.doc_id AS id, c.op, c.tx::text AS tx,
    extract(epoch FROM clock_timestamp() - c.changed_at)::float8 AS age
  FROM horizon LEFT JOIN content_changes c ON (c.tx, c.id) > ($1::xid8, $2::bigint)
  ORDER BY c.tx, c.id
  LIMIT ${batchSize}`

/**
 * Follows the change record: LISTENs for notices on a dedicated connection and, on every notice, on
 * connecting and on reconnecting (with backoff after a lost connection), applies every change recorded
 * since the last catch-up. Notices only wake it: the record is the truth, so nothing is missed.
 */
export class ChangeFeed {
  private client: pg.Client | undefined
  private horizon: string | undefined
  private readonly applied = new LRUCache<string, true>({ max: 100_000 })
  private catchingUp: Promise<void> | undefined
  private again = false
  private stopped = false
  private delayMs: number
  private retry: NodeJS.Timeout | undefined
  private isLive = false
  private waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }> = []

  constructor(private readonly options: ChangeFeedOptions) {
    this.delayMs = options.backoff?.initialMs ?? 100
  }

  /** True while the feed hears every change (connected, listening, caught up). */
  get live(): boolean {
    return this.isLive
  }

  /**
   * Every change of a transaction below this id (xid8, as text) has reached the subscribers: the
   * horizon of the last finished catch-up (or, before it, where the feed started; state loaded after
   * the feed went live holds those). A copy of derived state taken now holds them all.
   */
  get appliedBelow(): string | undefined {
    return this.horizon
  }

  /** Connects (retrying until it succeeds or the feed is stopped); resolves once the feed is live. */
  async start(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.connect()
        return
      } catch (error) {
        const failed = this.client
        this.client = undefined
        failed?.end().catch(() => undefined)
        this.lost(error)
        await new Promise((resolve) => setTimeout(resolve, this.nextDelay()))
      }
    }
  }

  /** Resolves once the feed is live; rejects when the connection attempt under way fails (the feed keeps retrying). */
  whenLive(): Promise<void> {
    if (this.isLive) return Promise.resolve()
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }))
  }

  /** Closes the connection; no more changes are applied. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.retry)
    this.setLive(false)
    const client = this.client
    this.client = undefined
    await client?.end().catch(() => undefined)
    await this.catchingUp?.catch(() => undefined)
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: this.options.name })
    client.on('error', (error) => this.dropped(client, error))
    client.on('end', () => this.dropped(client, new Error('connection ended')))
    this.client = client
    await client.connect()
    await client.query(`LISTEN ${channel}`)
    const notices = this.options.notices
    if (notices) await client.query(`LISTEN ${notices.channel}`)
    client.on('notification', (message) => {
      if (message.channel === channel) void this.catchUp()
      else if (message.channel === notices?.channel) notices.receive(message.payload ?? '')
    })
    if (this.horizon === undefined) {
      const { rows } = await client.query<{ xmin: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin')
      this.horizon = rows[0]?.xmin
    }
    await this.catchUp()
    if (this.client !== client) throw new Error('connection lost while catching up')
    this.delayMs = this.options.backoff?.initialMs ?? 100
    this.setLive(true)
  }

  // One catch-up at a time; a notice during one asks for another right after it.
  private catchUp(): Promise<void> {
    if (this.catchingUp) {
      this.again = true
      return this.catchingUp
    }
    const run = async () => {
      do {
        this.again = false
        await this.readAll()
      } while (this.again && !this.stopped)
    }
    this.catchingUp = run()
      .catch((error: unknown) => this.options.warn(`change feed ${this.options.name}: catch-up failed: ${messageOf(error)}`))
      .finally(() => {
        this.catchingUp = undefined
      })
    return this.catchingUp
  }

  /** Applies every unseen change recorded by transactions at or after the horizon, batch by batch. */
  private async readAll(): Promise<void> {
    let cursor = { tx: this.horizon, id: '0' }
    let runHorizon: string | undefined
    for (;;) {
      const client = this.client
      if (!client || cursor.tx === undefined) return
      const { rows } = await client.query<Record<string, unknown>>(catchUpQuery, [cursor.tx, cursor.id])
      runHorizon ??= String(rows[0]?.horizon ?? cursor.tx)
      const changes = rows.filter((row) => row.change !== null).map((row) => contentChangeSchema.parse(row))
      const unseen = changes.filter((change) => !this.applied.has(change.change))
      const last = changes.at(-1)
      const final = changes.length < batchSize || !last
      // Transactions still running at the run's start (at or above its horizon) may commit below `last.tx`.
      const below = final || BigInt(runHorizon) < BigInt(last.tx) ? runHorizon : last.tx
      if (unseen.length > 0) await this.options.apply(unseen, below)
      for (const change of unseen) this.applied.set(change.change, true)
      if (final) break
      cursor = { tx: last.tx, id: last.change }
    }
    this.horizon = runHorizon
  }

  private dropped(client: pg.Client, error: unknown): void {
    if (this.client !== client || this.stopped) return
    this.client = undefined
    client.end().catch(() => undefined)
    // While connecting, start() sees the failure and retries itself.
    if (!this.isLive) return
    this.lost(error)
    this.retry = setTimeout(() => void this.start(), this.nextDelay())
  }

  private lost(error: unknown): void {
    this.setLive(false)
    for (const waiter of this.waiting.splice(0)) waiter.reject(error)
    if (!this.stopped) this.options.warn(`change feed ${this.options.name}: connection lost (${messageOf(error)}), reconnecting`)
  }

  private nextDelay(): number {
    const delay = this.delayMs
    this.delayMs = Math.min(delay * 2, this.options.backoff?.maxMs ?? 2_000)
    return delay
  }

  private setLive(live: boolean): void {
    if (this.isLive === live) return
    this.isLive = live
    if (live) for (const waiter of this.waiting.splice(0)) waiter.resolve()
    this.options.onLive?.(live)
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
