import type { PayloadRequest } from 'payload'

/** The Drizzle database handle Payload's PostgreSQL adapter works with. */
export type Database = PayloadRequest['payload']['db']['drizzle']

/** The adapter's private table of open transactions (id → handle); Payload exports no reader for it. */
type AdapterWithSessions = { drizzle: Database; sessions: Record<string, { db?: Database } | undefined> }

/**
 * The database handle for a request: its open transaction when it has one, so a hook's SQL sees the
 * rows the operation is writing and commits or rolls back with them; otherwise the shared pool.
 */
export function requestDatabase(req: PayloadRequest): Promise<Database> {
  return transactionDatabase(req.payload.db, req)
}

/** The handle of the transaction `req` runs in on `adapter` (Payload's PostgreSQL adapter), or its shared handle. */
export async function transactionDatabase(adapter: object, req: Pick<PayloadRequest, 'transactionID'> | undefined): Promise<Database> {
  const { drizzle, sessions } = adapter as AdapterWithSessions
  const transactionId = req?.transactionID ? await req.transactionID : undefined
  return (transactionId !== undefined && sessions[transactionId]?.db) || drizzle
}
