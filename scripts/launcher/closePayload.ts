import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * Stops Payload and closes its idle database connections, for a command that stops its own embedded
 * PostgreSQL next: a connection still open when the server shuts down is cut with 57P01, and an idle
 * pool client's error with no listener crashes the process after its work is done. Payload keeps one
 * client checked out for good (its reconnect watch, which has its own error listener), so the pool's
 * `end()` never settles and is not awaited.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as { pool?: Pool }).pool
  await payload.destroy()
  if (!pool) return
  // The database is going away on purpose: errors from here on are expected.
  pool.on('error', () => undefined)
  void pool.end().catch(() => undefined)
}
