import { oncePerProcess } from '@xuexi/contract/metrics/oncePerProcess'
import { createProcessRegistry } from '@xuexi/contract/metrics/processRegistry'
import { Counter, Gauge, Histogram } from 'prom-client'
import { cmsRouteGroups } from './cmsRouteGroup'

function createCmsMetrics() {
  const { registry, http, recordBuild } = createProcessRegistry({ process: 'cms', groups: cmsRouteGroups })
  const registers = [registry]
  return {
    registry,
    http,
    recordBuild,
    heartbeatBatches: new Counter({
      name: 'xuexi_heartbeat_batches_total',
      help: 'Heartbeat batches answered by POST /api/reading-events: accepted, or refused with its stable code.',
      labelNames: ['outcome', 'code'],
      registers,
    }),
    heartbeatsAccepted: new Counter({
      name: 'xuexi_heartbeats_accepted_total',
      help: 'Heartbeats in accepted batches (each one is recorded once; a repeated heartbeat id is not counted twice in study time).',
      registers,
    }),
    searchDuration: new Histogram({
      name: 'xuexi_search_duration_seconds',
      help: 'Time the search server took to answer, by kind (search, suggest).',
      labelNames: ['kind'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    searchAnswerCache: new Counter({
      name: 'xuexi_search_answer_cache_total',
      help: 'Search answers found in the answer cache (hit) or computed (miss).',
      labelNames: ['result'],
      registers,
    }),
    jobs: new Gauge({
      name: 'xuexi_jobs',
      help: "Payload's job queue at scrape time: queued (not started), running, failed (gave up with an error).",
      labelNames: ['state'],
      registers,
    }),
    databaseStatements: new Counter({
      name: 'xuexi_db_statements_total',
      help: "Statements the CMS's PostgreSQL pool sent (Payload's and its own; the change feed's connection is not counted).",
      registers,
    }),
    databasePool: new Gauge({
      name: 'xuexi_db_pool_clients',
      help: "The CMS's PostgreSQL pool at scrape time: total and idle connections, and queries waiting for one.",
      labelNames: ['state'],
      registers,
    }),
    sourceUp: new Gauge({
      name: 'xuexi_metrics_source_up',
      help: 'Whether the portal or the search process (source) answered for this scrape (1) or not (0); its metrics are missing when 0.',
      labelNames: ['source'],
      registers,
    }),
  }
}

/** The CMS process's one metrics registry and its metrics (made once per process, however often Next.js bundles this module). */
export const cmsMetrics: ReturnType<typeof createCmsMetrics> = oncePerProcess('cmsMetrics', createCmsMetrics)
