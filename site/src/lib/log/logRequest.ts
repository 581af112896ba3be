import { formatLogLine } from '@xuexi/contract/logging/formatLogLine'
import { env } from '../../env'

/** What the log says of a request: its method, path and the front proxy's id for it (X-Request-Id). */
export interface LoggedRequest {
  method: string
  pathname: string
  requestId: string | undefined
}

/**
 * Logs one request the portal answered, with the id the front proxy gave it (X-Request-Id), so a
 * reader's request can be followed from the proxy through the portal to the CMS.
 */
export function logRequest(request: LoggedRequest, status: number, startedAt: number): void {
  const line = formatLogLine(
    {
      level: status >= 500 ? 'error' : 'info',
      msg: `${request.method} ${request.pathname}`,
      status,
      ms: Math.round(performance.now() - startedAt),
      requestId: request.requestId,
    },
    { format: env.PORTAL_LOG_FORMAT, process: 'portal' },
  )
  process.stdout.write(`${line}\n`)
}
