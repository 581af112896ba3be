import { measureHttpRequests } from '@xuexi/contract/metrics/measureHttpRequests'
import type { Payload } from 'payload'
import type { Role } from '../access/roles'
import { databaseOf } from '../database/databaseOf'
import { env } from '../env'
import { listenOnLoopback } from '../processes/sideServer'
import { cmsRouteGroup } from './cmsRouteGroup'
import { createMetricsServer } from './createMetricsServer'
import { mayReadMetrics } from './metricsAccess'
import { observeDatabase } from './observeDatabase'
import { cmsMetrics } from './registry'
import { renderMetrics } from './renderMetrics'

/**
 * The CMS process's metrics server (started by `startCmsProcess`): starts measuring this process's HTTP requests and
 * serves the route table's `metrics` route (`GET /metrics`) on a loopback port: the CMS's metrics, the database gauges
 * read at scrape time, and the portal's and the search process's metrics (`PORTAL_SITE_METRICS_URL`,
 * `PORTAL_SEARCH_METRICS_URL`).
 */
export async function startMetricsServer(payload: Payload, port: number): Promise<void> {
  cmsMetrics.recordBuild(env.PORTAL_GIT_COMMIT)
  measureHttpRequests(cmsMetrics.http, cmsRouteGroup)
  await listenOnLoopback(
    createMetricsServer({
      mayRead: (request) =>
        mayReadMetrics(request, async (authorization) => {
          const { user } = await payload.auth({ headers: new Headers({ authorization }) })
          return (user as { role?: Role } | null)?.role ?? null
        }),
      render: async () => {
        await observeDatabase(databaseOf(payload))
        return renderMetrics({ portal: env.PORTAL_SITE_METRICS_URL, search: env.PORTAL_SEARCH_METRICS_URL })
      },
      logError: (error) => payload.logger.error({ err: error }, 'metrics request failed'),
    }),
    port,
  )
}
