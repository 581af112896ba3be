import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import packageJson from '../../../package.json'

/** Response status classes counted per route group. */
const statusClasses = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const

/** What a process's HTTP requests are counted and timed by: its route groups, each with its children made once. */
export interface HttpMetrics {
  /** The children of `group` (an unknown group is counted as `other`): the latency histogram and one counter per status class. */
  of: (group: string) => { duration: { observe: (seconds: number) => void }; byStatusClass: Array<{ inc: () => void }> }
}

/** One process's registry: default process metrics, build info and HTTP requests by route group, all labelled with `process`. */
export interface ProcessRegistry {
  registry: Registry
  http: HttpMetrics
  /** Sets `xuexi_build_info` (the commit comes from the process's env module, read where the process starts serving). */
  recordBuild: (commit: string) => void
}

/**
 * Makes the registry of one process (`cms` or `portal`): prom-client's default process metrics,
 * `xuexi_build_info` and the request counter and latency histogram by route group. `groups` is the
 * process's whole label set (plus `other`), so cardinality is fixed at start; every label child is made
 * here once, and a request only looks one up.
 */
export function createProcessRegistry(options: { process: string; groups: readonly string[] }): ProcessRegistry {
  const registry = new Registry()
  registry.setDefaultLabels({ process: options.process })
  collectDefaultMetrics({ register: registry })
  const buildInfo = new Gauge({
    name: 'xuexi_build_info',
    help: 'The running build: package version, git commit and Node.js version (always 1).',
    labelNames: ['version', 'commit', 'node'],
    registers: [registry],
  })
  const requests = new Counter({
    name: 'xuexi_http_requests_total',
    help: 'HTTP requests answered, by route group and status class.',
    labelNames: ['group', 'status'],
    registers: [registry],
  })
  const duration = new Histogram({
    name: 'xuexi_http_request_duration_seconds',
    help: 'Time from request start to the end of the response, by route group.',
    labelNames: ['group'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  const children = new Map(
    [...new Set([...options.groups, 'other'])].map((group) => [
      group,
      { duration: duration.labels(group), byStatusClass: statusClasses.map((status) => requests.labels(group, status)) },
    ]),
  )
  const other = children.get('other') as NonNullable<ReturnType<typeof children.get>>
  return {
    registry,
    http: { of: (group) => children.get(group) ?? other },
    recordBuild: (commit) => {
      buildInfo.reset()
      buildInfo.labels(packageJson.version, commit, process.version).set(1)
    },
  }
}
