import type { APIRoute } from 'astro'
import { portalMetrics } from '../../lib/metrics/registry'

const loopback = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

/**
 * The portal's metrics as prom-client JSON, for the CMS's `/metrics` to merge (see
 * cms/src/metrics/renderMetrics.ts). Only for a process on this machine connecting directly: the public
 * origin never routes `/internal/*` here, and anything that came through a proxy is refused too. This file's path
 * spells the contract's `internalMetricsPath`, which the launcher points the CMS's `/metrics` at.
 */
export const GET: APIRoute = async ({ request, clientAddress }) => {
  if (request.headers.has('x-forwarded-for') || !loopback.test(clientAddress)) {
    return new Response(JSON.stringify({ code: 'NOT_FOUND' }), { status: 404, headers: { 'content-type': 'application/json' } })
  }
  return new Response(JSON.stringify(await portalMetrics.registry.getMetricsAsJSON()), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })
}
