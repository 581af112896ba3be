import { measureHttpRequests } from '@xuexi/contract/metrics/measureHttpRequests'
import { oncePerProcess } from '@xuexi/contract/metrics/oncePerProcess'
import { createProcessRegistry } from '@xuexi/contract/metrics/processRegistry'
import { Counter, Gauge } from 'prom-client'
import { portalRouteGroup, portalRouteGroups } from './portalRouteGroup'

function createPortalMetrics() {
  const { registry, http, recordBuild } = createProcessRegistry({ process: 'portal', groups: portalRouteGroups })
  const changeNoticeLag = new Gauge({
    name: 'xuexi_change_notice_lag_seconds',
    help: 'Seconds from a content change being written in PostgreSQL to the portal expiring what it cached of it, for the last change it applied (set by recordChangeNoticeLag).',
    registers: [registry],
  })
  const changesApplied = new Counter({
    name: 'xuexi_change_notices_applied_total',
    help: 'Batches of content changes the portal applied to its caches (each also sets xuexi_change_notice_lag_seconds).',
    registers: [registry],
  })
  return { registry, http, recordBuild, changeNoticeLag, changesApplied }
}

/** The portal process's one metrics registry and its metrics (made once per process: Astro's dev server may load this module again). */
export const portalMetrics: ReturnType<typeof createPortalMetrics> = oncePerProcess('portalMetrics', createPortalMetrics)

/** Starts counting the portal's requests by route group, and records the build (once per process). */
export function startMeasuringPortal(commit: string): void {
  portalMetrics.recordBuild(commit)
  measureHttpRequests(portalMetrics.http, portalRouteGroup)
}

/**
 * Records how long a change notice took: seconds from the change's write to the portal expiring its
 * caches for it. The change-notice listener calls it for every batch of changes it applies.
 */
export function recordChangeNoticeLag(seconds: number): void {
  portalMetrics.changeNoticeLag.set(seconds)
  portalMetrics.changesApplied.inc()
}
