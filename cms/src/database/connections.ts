import pg from 'pg'

/** A pool of its own, for a process that needs plain SQL before (or without) Payload's (`processes/searchProcess.ts`). */
export const DatabasePool = pg.Pool
export type DatabasePool = pg.Pool
