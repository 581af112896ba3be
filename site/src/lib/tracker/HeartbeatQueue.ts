/** One heartbeat as the ingestion endpoint expects it (see cms/src/tracking/readingEventBatch.ts). */
export interface QueuedHeartbeat {
  id: string
  collection: string
  itemId: number
  visit: string
  occurredAt: string
  activeSeconds: number
  scrollPercent: number
  watched: Array<[number, number]>
  mediaSeconds?: number
}

// Enough for days of reading offline; beyond it the oldest heartbeats go first.
const maxQueued = 2000

/**
 * Heartbeats waiting for delivery, kept in localStorage per member so they survive going offline,
 * a failing server, closing the page, and are never sent with another member's session.
 */
export class HeartbeatQueue {
  constructor(
    private readonly storage: Storage,
    private readonly key: string,
  ) {}

  /** Every queued heartbeat, oldest first. */
  all(): QueuedHeartbeat[] {
    try {
      const value = JSON.parse(this.storage.getItem(this.key) ?? '[]') as unknown
      return Array.isArray(value) ? (value as QueuedHeartbeat[]) : []
    } catch {
      return []
    }
  }

  /** Adds a heartbeat at the end. */
  push(heartbeat: QueuedHeartbeat): void {
    this.save([...this.all(), heartbeat].slice(-maxQueued))
  }

  /** Removes delivered (or refused) heartbeats by id. */
  remove(ids: Iterable<string>): void {
    const done = new Set(ids)
    this.save(this.all().filter((heartbeat) => !done.has(heartbeat.id)))
  }

  private save(heartbeats: QueuedHeartbeat[]): void {
    try {
      if (heartbeats.length === 0) this.storage.removeItem(this.key)
      else this.storage.setItem(this.key, JSON.stringify(heartbeats))
    } catch {
      // Storage full or disabled (private mode): the heartbeats of this page are lost, reading goes on.
    }
  }
}
