import type { PayloadRequest } from 'payload'

/** The Drizzle database handle Payload's PostgreSQL adapter works with. */
export type Database = PayloadRequest['payload']['db']['drizzle']

/**
 * The database handle for a request: its open transaction when it has one, so a hook's SQL sees the
 * rows the operation is writing and commits or rolls back with them; otherwise the shared pool.
 */
export async function requestDatabase(req: PayloadRequest): Promise<Database> {
  const adapter = req.payload.db as unknown as { drizzle: Database; sessions: Record<string, { db?: Database } | undefined> }
  const transactionId = req.transactionID ? await req.transactionID : undefined
  return (transactionId !== undefined && adapter.sessions[transactionId]?.db) || adapter.drizzle
}
