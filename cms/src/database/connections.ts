import pg from 'pg'

/** A plain connection outside any pool, for a LISTEN that must outlive any one query (`changes/ChangeFeed.ts`). */
export const DatabaseClient = pg.Client
export type DatabaseClient = pg.Client

/** A pool of its own, for a process that needs plain SQL before (or without) Payload's (`search/searchProcess.ts`). */
export const DatabasePool = pg.Pool
export type DatabasePool = pg.Pool
