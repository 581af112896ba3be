/**
 * Where a process other than the CMS answers its metrics, on loopback only (the public origin never routes it): the
 * search process and the portal (`site/src/pages/internal/metrics.ts`, whose file path spells it); the CMS's metrics
 * server appends them to `/metrics`.
 */
export const internalMetricsPath = '/internal/metrics'
