import path from 'node:path'
import { type Upstream, upstreams } from '../../cms/src/processes/routeTable'
import type { Logger } from '../../scripts/launcher/createLogger'
import { nginxUpstream } from '../../scripts/launcher/nginxLocations'
import { documentedNginxBlock, type NginxFront, nginxMainContext, runNginx } from './nginxFront'

/**
 * The nginx block of docs/deploy.md for several instances: each `upstream` lists every instance's
 * server (round-robin, nginx's default), on plain http at `port` (no certificate: the cluster test
 * is about routing, `tests/security/tls.test.ts` about TLS). Routing and retries are the document's.
 */
export function renderClusterNginxConfig(
  block: string,
  options: { port: number; instances: Array<Record<Upstream, string>>; prefix: string },
): string {
  let server = block
  const replace = (from: RegExp, to: string) => {
    const next = server.replace(from, to)
    if (next === server) throw new Error(`docs/deploy.md's nginx block no longer contains ${String(from)}`)
    server = next
  }
  for (const upstream of upstreams) {
    const servers = options.instances.map((instance) => `server ${new URL(instance[upstream]).host};`).join(' ')
    replace(new RegExp(`(upstream ${nginxUpstream(upstream)}\\s*\\{)\\s*server 127\\.0\\.0\\.1:\\d+;`), `$1 ${servers}`)
  }
  replace(/listen 443 ssl( http2)?;/, `listen 127.0.0.1:${options.port};`)
  replace(/\s*ssl_certificate\s+\S+;/, '')
  replace(/\s*ssl_certificate_key\s+\S+;/, '')
  return nginxMainContext(server, options.prefix)
}

/** Debian's nginx in front of the instances, as docs/deploy.md configures it, on http://127.0.0.1:<port>. */
export async function clusterNginxFront(options: {
  port: number
  instances: Array<Record<Upstream, string>>
  dir: string
  log: Logger
}): Promise<NginxFront> {
  const prefix = path.join(options.dir, 'nginx')
  const config = renderClusterNginxConfig(await documentedNginxBlock(), { ...options, prefix })
  return runNginx({ prefix, config, url: `http://127.0.0.1:${options.port}`, log: options.log })
}
