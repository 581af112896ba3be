import pg from 'pg'
import { cmsMetrics } from '../metrics/registry'

/**
 * A PostgreSQL connection that sends its queries one after another. A connection runs one query at a
 * time; Payload, inside a save's transaction, sends several at once on its one connection (it checks
 * every upload field's `filterOptions` in parallel, for instance), which pg queues with a deprecation
 * warning and will refuse from pg 9. Queries given a callback (the pool's own `pool.query`) are left
 * alone: they hold the connection for themselves. Every statement is counted (`xuexi_db_statements_total`),
 * so a test can see how many statements a page costs.
 */
export class SerialClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config)
    const send = this.query.bind(this) as (...args: unknown[]) => unknown
    let tail: Promise<unknown> = Promise.resolve()
    this.query = ((...args: unknown[]) => {
      cmsMetrics.databaseStatements.inc()
      const takesCallback = typeof args.at(-1) === 'function' || typeof (args[0] as { submit?: unknown } | undefined)?.submit === 'function'
      if (takesCallback) return send(...args)
      const sent = tail.then(() => send(...args))
      tail = sent.catch(() => undefined)
      return sent
    }) as pg.Client['query']
  }
}
