import http from 'node:http'
import { loadavg } from 'node:os'
import { type Actor, isAllowedWrite } from './allowedWrites'
import { type CraftedRequest, craftRequest } from './craftRequest'
import { type FuzzTarget, fuzzTargets } from './fuzzTargets'
import { knownIds } from './knownIds'
import { seededRandom } from './seededRandom'
import { readStoredPassword, restoreStoredPassword } from './storedPassword'
import { changesBetween, type RowChange, takeSnapshot } from './tableSnapshot'

/** How to fuzz a running stack. */
export interface FuzzOptions {
  url: string
  databaseUrl: string
  seed: number
  perEndpoint: number
  concurrency: number
  member: { loginId: string; password: string }
  /**
   * The client address the fuzz claims in X-Forwarded-For (the stack believes it: the fuzz connects
   * from loopback, a trusted proxy), so its failed sign-ins are throttled at that address and not at
   * 127.0.0.1, where the fuzzer itself, and later tests, sign in. Default 198.18.0.1 (a benchmarking range).
   */
  clientAddress?: string
  targets?: FuzzTarget[]
  onProgress?: (done: number, total: number) => void
}

/** A 5xx answer, with the request that caused it (enough to replay it). */
export interface ServerError {
  target: string
  actor: Actor['kind']
  status: number
  method: string
  path: string
  contentType: string
  body: string
  answer: string
}

/** A request that got no answer: what was sent and how the connection failed. */
export interface NetworkError {
  target: string
  actor: Actor['kind']
  method: string
  path: string
  contentType: string
  bodyBytes: number
  headerBytes: number
  error: string
}

/** What a fuzz run found. */
export interface FuzzReport {
  requests: number
  serverErrors: ServerError[]
  serverErrorCount: number
  networkErrors: number
  /** The first requests that got no answer at all (the connection failed or was closed), with the error. */
  networkErrorSamples: NetworkError[]
  unauthorizedWrites: Array<RowChange & { actor: Actor['kind'] }>
  statuses: Record<string, number>
  seconds: number
  /** Where the time went: this process's CPU (crafting and sending; plus the front proxy when `npm run fuzz` started the stack) and the table snapshots. */
  clientCpuSeconds: number
  snapshotSeconds: number
  healthy: boolean
  loadAverage: number
  /** How often the member had set a new password of their own (allowed) and the fuzz put the old one back to sign in again. */
  ownPasswordChanges: number
}

/**
 * Sends `perEndpoint` hostile requests to each target — half anonymous, half as the member, each
 * phase checked against a snapshot of every table — then checks the stack is still healthy.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const targets = options.targets ?? fuzzTargets
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency })
  const send = (request: CraftedRequest) => sendRaw(options.url, request, agent)
  const started = Date.now()
  const report: FuzzReport = {
    requests: 0,
    serverErrors: [],
    serverErrorCount: 0,
    networkErrors: 0,
    networkErrorSamples: [],
    unauthorizedWrites: [],
    statuses: {},
    seconds: 0,
    clientCpuSeconds: 0,
    snapshotSeconds: 0,
    healthy: false,
    loadAverage: 0,
    ownPasswordChanges: 0,
  }
  const cpuAtStart = process.cpuUsage()
  const snapshot = async () => {
    const begun = Date.now()
    const taken = await takeSnapshot(options.databaseUrl)
    report.snapshotSeconds += (Date.now() - begun) / 1000
    return taken
  }
  const session = await signIn(options)
  const storedPassword = await readStoredPassword(options.databaseUrl, session.id)
  /** Signs the member in again, first putting their password back if the fuzz, as them, set another. */
  const signInAgain = async () => {
    const current = await readStoredPassword(options.databaseUrl, session.id)
    if (current.hash !== storedPassword.hash || current.salt !== storedPassword.salt) {
      report.ownPasswordChanges += 1
      await restoreStoredPassword(options.databaseUrl, session.id, storedPassword)
    }
    return signIn(options)
  }
  const ids = await knownIds(options.url, session)
  const total = targets.length * options.perEndpoint
  const phases: Array<{ actor: Actor; share: number }> = [
    { actor: { kind: 'anonymous' }, share: Math.ceil(options.perEndpoint / 2) },
    { actor: { kind: 'member', id: session.id }, share: Math.floor(options.perEndpoint / 2) },
  ]
  for (const [phaseIndex, phase] of phases.entries()) {
    const random = seededRandom(options.seed + phaseIndex)
    const before = await snapshot()
    const queue = Array.from({ length: targets.length * phase.share }, (_, i) => targets[i % targets.length] as FuzzTarget)
    let token = session.token
    let next = 0
    const worker = async () => {
      while (next < queue.length) {
        const index = next++
        const target = queue[index] as FuzzTarget
        const request = craftRequest(random, target, ids, new URL(options.url).origin)
        request.headers['x-forwarded-for'] ??= options.clientAddress ?? '198.18.0.1'
        if (phase.actor.kind === 'member') request.headers.cookie = `payload-token=${token}`
        else if (random.chance(0.05))
          request.headers.cookie = `payload-token=${random.pick(['x', 'a.b.c', `${token.slice(0, -3)}AAA`, '%00'])}`
        const answer = await send(request)
        report.requests += 1
        if (answer.status === 0) {
          report.networkErrors += 1
          if (report.networkErrorSamples.length < 200)
            report.networkErrorSamples.push({
              target: target.name,
              actor: phase.actor.kind,
              method: request.method,
              path: request.path.slice(0, 300),
              contentType: request.headers['content-type'] ?? '',
              bodyBytes: request.body?.length ?? 0,
              headerBytes: Object.entries(request.headers).reduce((sum, [name, value]) => sum + name.length + String(value).length, 0),
              error: answer.error ?? '',
            })
        }
        report.statuses[statusClass(answer.status)] = (report.statuses[statusClass(answer.status)] ?? 0) + 1
        if (answer.status >= 500) {
          report.serverErrorCount += 1
          if (report.serverErrors.length < 200)
            report.serverErrors.push({
              target: target.name,
              actor: phase.actor.kind,
              status: answer.status,
              method: request.method,
              path: request.path.slice(0, 500),
              contentType: request.headers['content-type'] ?? '',
              body: (request.body?.toString('utf8') ?? '').slice(0, 500),
              answer: answer.text.slice(0, 500),
            })
        }
        // Fuzzing /logout or /api/users/logout ends the member's session, and so does a new password of
        // their own: sign in again to stay a member.
        if (phase.actor.kind === 'member' && index % 200 === 199 && !(await isSignedIn(options.url, token)))
          token = (await signInAgain()).token
        options.onProgress?.(report.requests, total)
      }
    }
    await Promise.all(Array.from({ length: options.concurrency }, worker))
    const after = await snapshot()
    const rowOf = (table: string, key: string) => after.get(table)?.rows.get(key) ?? before.get(table)?.rows.get(key)
    for (const change of changesBetween(before, after))
      if (!isAllowedWrite(change, phase.actor, rowOf)) report.unauthorizedWrites.push({ ...change, actor: phase.actor.kind })
  }
  report.seconds = (Date.now() - started) / 1000
  const cpu = process.cpuUsage(cpuAtStart)
  report.clientCpuSeconds = (cpu.user + cpu.system) / 1e6
  report.loadAverage = loadavg()[0] ?? 0
  report.healthy = await isHealthy(options.url)
  agent.destroy()
  return report
}

/** The one summary line `npm run fuzz` prints. */
export function summaryLine(report: FuzzReport, options: Pick<FuzzOptions, 'seed' | 'perEndpoint'>, endpoints: number): string {
  const ok = report.serverErrorCount === 0 && report.unauthorizedWrites.length === 0 && report.healthy
  return [
    `fuzz seed=${options.seed}`,
    `endpoints=${endpoints}`,
    `per_endpoint=${options.perEndpoint}`,
    `requests=${report.requests}`,
    `5xx=${report.serverErrorCount}`,
    `unauthorized_writes=${report.unauthorizedWrites.length}`,
    `network_errors=${report.networkErrors}`,
    `statuses=${Object.entries(report.statuses)
      .sort()
      .map(([status, count]) => `${status}:${count}`)
      .join(',')}`,
    `rps=${(report.requests / report.seconds).toFixed(0)}`,
    `seconds=${report.seconds.toFixed(0)}`,
    `client_cpu_seconds=${report.clientCpuSeconds.toFixed(0)}`,
    `snapshot_seconds=${report.snapshotSeconds.toFixed(1)}`,
    `own_password_changes=${report.ownPasswordChanges}`,
    `load_average=${report.loadAverage.toFixed(2)}`,
    `healthy=${report.healthy}`,
    ok ? 'PASS' : 'FAIL',
  ].join(' ')
}

const statusClass = (status: number) => (status === 0 ? 'neterr' : String(status))

function sendRaw(base: string, request: CraftedRequest, agent: http.Agent): Promise<{ status: number; text: string; error?: string }> {
  const url = new URL(base)
  return new Promise((resolve) => {
    const headers = { ...request.headers, ...(request.body ? { 'content-length': String(request.body.length) } : {}) }
    let req: http.ClientRequest
    try {
      req = http.request({
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers,
        agent,
        timeout: 60_000,
        // What a browser reads (256 KB), not Node's 16 KB: a long target comes back twice in a redirect.
        maxHeaderSize: 256 * 1024,
      })
    } catch {
      // A path or header Node itself refuses to send never reaches the server.
      resolve({ status: -1, text: '' })
      return
    }
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        if (size < 4096) chunks.push(chunk)
        size += chunk.length
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
      res.on('error', () => resolve({ status: res.statusCode ?? 0, text: '' }))
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, text: '', error: error.code ?? error.message }))
    req.end(request.body)
  })
}

async function signIn(options: FuzzOptions): Promise<{ token: string; id: number }> {
  const credentials = options.member.loginId.includes('@') ? { email: options.member.loginId } : { username: options.member.loginId }
  const response = await fetch(`${options.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...credentials, password: options.member.password }),
  })
  if (!response.ok) throw new Error(`示例党员 ${options.member.loginId} 无法登录（HTTP ${response.status}）：${await response.text()}`)
  const body = (await response.json()) as { token: string; user: { id: number } }
  return { token: body.token, id: body.user.id }
}

async function isSignedIn(url: string, token: string): Promise<boolean> {
  const response = await fetch(`${url}/api/users/me`, { headers: { authorization: `JWT ${token}` } })
  return response.ok && ((await response.json()) as { user: unknown }).user !== null
}

async function isHealthy(url: string): Promise<boolean> {
  const checks = await Promise.all(
    ['/api/health', '/healthz', '/articles'].map(async (path) => {
      const response = await fetch(`${url}${path}`).catch(() => null)
      return response?.status === 200 && (path !== '/articles' || (await response.text()).includes('</html>'))
    }),
  )
  return checks.every(Boolean)
}
