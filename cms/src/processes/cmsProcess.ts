import type { Payload } from 'payload'
import { env } from '../env'
import { logHttpRequests } from '../logging/logHttpRequests'
import { startMetricsServer } from '../metrics/startMetricsServer'
import { startTrackingServer } from '../tracking/startTrackingServer'

/**
 * What a process does once Payload is up (Payload's `onInit`). In the CMS process (`next start cms`, spawned by the
 * launcher's `spawnCms.ts`; Next.js serves the route table's `cms` routes) it also starts the side servers of the
 * route table's `tracking` and `metrics` upstreams, on the ports the launcher gives only this process
 * (`sideServerSettings`). The search process, scripts and tests start Payload without those ports: there it only logs
 * requests.
 *
 * No guard against starting twice: Payload runs `onInit` once per process (`getPayload` caches the instance on
 * `globalThis`, and a development config change reloads it without `onInit`), and a Next.js restart is a new process.
 */
export async function startCmsProcess(payload: Payload): Promise<void> {
  logHttpRequests()
  if (env.PORTAL_TRACKING_PORT) await startTrackingServer(payload, env.PORTAL_TRACKING_PORT)
  if (env.PORTAL_METRICS_PORT) await startMetricsServer(payload, env.PORTAL_METRICS_PORT)
}
