import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue } from 'prom-client'
import { z } from 'zod'
import { cmsMetrics } from './registry'

// prom-client's `getMetricsAsJSON()`, as the portal answers it on /internal/metrics.
const metricsJsonSchema = z.array(
  z.object({
    name: z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/),
    help: z.string(),
    type: z.enum(['counter', 'gauge', 'histogram', 'summary']),
    aggregator: z.enum(['sum', 'first', 'min', 'max', 'average', 'omit']),
    values: z.array(
      z.object({
        // JSON has no NaN: prom-client's NaN (an empty event-loop histogram) arrives as null.
        value: z
          .number()
          .nullable()
          .transform((value) => value ?? Number.NaN),
        labels: z.record(z.string(), z.union([z.string(), z.number()])),
        metricName: z.string().optional(),
      }),
    ),
  }),
)

type MetricsJson = MetricObjectWithValues<MetricValue<string>>[]

async function fetchMetrics(url: string): Promise<MetricsJson | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
    if (!response.ok) return null
    const parsed = metricsJsonSchema.safeParse(await response.json())
    return parsed.success ? (parsed.data as unknown as MetricsJson) : null
  } catch {
    return null
  }
}

/** The other processes whose metrics `/metrics` includes, by name: their `/internal/metrics` on loopback. */
export type MetricsSources = Partial<Record<'portal' | 'search', string>>

/**
 * The text `/metrics` answers: the CMS's registry and the metrics of each process in `sources` (the
 * portal, the search process) fetched from it over loopback, merged family by family (the exposition
 * format allows each family once) and told apart by their `process` label.
 * `xuexi_metrics_source_up{source="portal"}` (and `"search"`) says whether that process answered.
 */
export async function renderMetrics(sources: MetricsSources): Promise<{ contentType: string; body: string }> {
  const { registry, sourceUp } = cmsMetrics
  const fetched: MetricsJson[] = []
  for (const [source, url] of Object.entries(sources)) {
    if (!url) continue
    const metrics = await fetchMetrics(url)
    sourceUp.labels(source).set(metrics ? 1 : 0)
    if (metrics) fetched.push(metrics)
  }
  const own = await registry.getMetricsAsJSON()
  const merged = AggregatorRegistry.aggregate([own, ...fetched])
  return { contentType: registry.contentType, body: await merged.metrics() }
}
