import { formatLogLine } from '@xuexi/contract/logging/formatLogLine'
import { env } from '../../env'

/**
 * Logs one request the portal answered, with the id the front proxy gave it (X-Request-Id), so a
 * reader's request can be followed from the proxy through the portal to the CMS.
 */
export function logRequest(request: Request, url: URL, status: number, startedAt: number): void {
  const line = formatLogLine(
    {
      level: status >= 500 ? 'error' : 'info',
      msg: `${request.method} ${url.pathname}`,
      status,
      ms: Math.round(performance.now() - startedAt),
      requestId: request.headers.get('x-request-id') ?? undefined,
    },
    { format: env.PORTAL_LOG_FORMAT, process: 'portal' },
  )
  process.stdout.write(`${line}\n`)
}
