import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { type Upstream, upstreams } from '../../cms/src/processes/routeTable'
import type { Logger } from '../../scripts/launcher/createLogger'
import { renderNginxLocations } from '../../scripts/launcher/nginxLocations'
import { projectPaths } from '../../scripts/launcher/projectPaths'
import { spawnApp } from '../../scripts/launcher/spawnApp'
import { waitForHttp } from '../../scripts/launcher/waitForHttp'
import { insecureFetch } from './insecureFetch'

/** Debian's nginx (installed by `npm test` / `.ci/run`). */
export const nginxBinary = '/usr/sbin/nginx'

const docPorts: Record<Upstream, number> = { cms: 3001, site: 3002, search: 3003, tracking: 3004, metrics: 3005 }

/** The nginx block of docs/deploy.md, exactly as the document shows it. */
export async function documentedNginxBlock(): Promise<string> {
  const doc = await readFile(path.join(projectPaths.root, 'docs/deploy.md'), 'utf8')
  const block = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1]
  if (!block) throw new Error('docs/deploy.md has no ```nginx block')
  return block
}

/** The `location` lines of an nginx configuration, as `renderNginxLocations` writes them: comments dropped, spaces collapsed. */
export function locationLines(config: string): string[] {
  return config
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.startsWith('location '))
}

/**
 * The documented block with this machine's ports and certificate substituted, wrapped in the
 * main-context lines a packaged nginx.conf has. Fails when the substitutions find nothing to
 * replace, so a reworded document cannot silently test something else.
 */
export function renderNginxConfig(
  block: string,
  options: { port: number; upstreams: Record<Upstream, string>; certificate: string; key: string; prefix: string },
): string {
  let server = block
  const replace = (from: string | RegExp, to: string) => {
    const next = server.replace(from, to)
    if (next === server) throw new Error(`docs/deploy.md's nginx block no longer contains ${String(from)}`)
    server = next
  }
  for (const upstream of upstreams) {
    replace(`server 127.0.0.1:${docPorts[upstream]};`, `server ${new URL(options.upstreams[upstream]).host};`)
  }
  replace(/listen 443 ssl( http2)?;/, `listen 127.0.0.1:${options.port} ssl$1;`)
  replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${options.certificate};`)
  replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${options.key};`)
  return nginxMainContext(server, options.prefix)
}

/**
 * Wraps a `server` block (and its upstreams) in the main-context lines a packaged nginx.conf has, every path under
 * `prefix`. Refuses a block whose `location` lines are not the launcher's route table (`renderNginxLocations`), so a
 * test nginx always routes as the launcher does.
 */
export function nginxMainContext(server: string, prefix: string): string {
  if (locationLines(server).join('\n') !== renderNginxLocations().join('\n'))
    throw new Error("the nginx block's locations differ from the route table (scripts/launcher/nginxLocations.test.ts shows how)")
  const temp = (name: string) => path.join(prefix, name)
  return `daemon off;
user root;
worker_processes 1;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${temp('client_body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
${server}
}
`
}

/** A running nginx in front of a stack, on https://127.0.0.1:<port>. */
export interface NginxFront {
  url: string
  stop: () => Promise<void>
}

/**
 * Starts Debian's nginx with the documented configuration and a self-signed certificate for
 * 127.0.0.1 made here with openssl, on a free loopback port (no privileges needed but root's).
 */
export async function startNginxFront(options: {
  port: number
  upstreams: Record<Upstream, string>
  dir: string
  log: Logger
}): Promise<NginxFront> {
  const prefix = path.join(options.dir, 'nginx')
  await mkdir(prefix, { recursive: true })
  const certificate = path.join(prefix, 'portal.pem')
  const key = path.join(prefix, 'portal.key')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { stdio: 'ignore' },
  )
  const config = renderNginxConfig(await documentedNginxBlock(), { ...options, certificate, key, prefix })
  return runNginx({ prefix, config, url: `https://127.0.0.1:${options.port}`, log: options.log })
}

/** Runs nginx (`daemon off`, a child of this process) with `config` under `prefix`; resolves once `<url>/healthz` answers 200. */
export async function runNginx(options: { prefix: string; config: string; url: string; log: Logger }): Promise<NginxFront> {
  if (!existsSync(nginxBinary))
    throw new Error(`找不到 nginx（${nginxBinary}）：先运行 npm test（会自动安装），或 apt-get install -y nginx`)
  const { prefix, url } = options
  await mkdir(prefix, { recursive: true })
  const config = path.join(prefix, 'nginx.conf')
  await writeFile(config, options.config)
  const nginx = spawnApp({
    name: 'nginx',
    command: nginxBinary,
    args: ['-p', prefix, '-c', config, '-e', path.join(prefix, 'error.log')],
    cwd: prefix,
    env: process.env,
    log: options.log,
    onExit: (code) => options.log.warn(`nginx 意外退出（退出码 ${code ?? '信号'}）`),
  })
  try {
    await waitForHttp(`${url}/healthz`, { timeoutMs: 20_000, what: 'nginx ', probe: insecureFetch })
  } catch (error) {
    await nginx.stop()
    throw error
  }
  return { url, stop: nginx.stop }
}
