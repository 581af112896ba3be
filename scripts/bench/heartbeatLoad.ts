import { randomUUID } from 'node:crypto'
import http from 'node:http'

/** A signed-in member as the load sees them: their id and session cookie. */
export interface LoadMember {
  id: number
  cookie: string
}

/** How hard and how long to send heartbeats. */
export interface HeartbeatLoadOptions {
  /** Base URL of the CMS (or the public origin). */
  url: string
  members: LoadMember[]
  /** Article ids to read. */
  articleIds: number[]
  /** How long to start new batches. */
  seconds: number
  /** Heartbeats per request. */
  batchSize: number
  /** Pause between a member's batches (ms). */
  pauseMs: number
  /** Give up retrying a batch this long after the load ended (ms). */
  retryForMs: number
  /** Where the members' reading clocks start (epoch ms); a later run on the same members must start later. */
  clockStartsAt: number
  /** Stops starting new batches early (batches already started are still delivered). */
  signal?: AbortSignal
}

/** What happened: every acknowledged heartbeat id, latencies of acknowledged requests, failures seen. */
export interface HeartbeatLoadResult {
  acknowledged: string[]
  latenciesMs: number[]
  retries: number
  rejected: number
  unacknowledged: number
  elapsedSeconds: number
}

const heartbeatSeconds = 15
// Each member keeps one connection, as a browser does. Plain `http` rather than `fetch`: the load process
// shares the machine's two cores with the server it measures, and undici's fetch costs it several times
// the CPU per request.
const agent = new http.Agent({ keepAlive: true })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Every member reads in a loop: a batch of heartbeats (15 s of reading each, on a clock that starts
 * days ago so the wall-clock rule holds), POSTed with the member's cookie; a failed request is
 * retried with the same ids (backoff up to 1 s) exactly as the portal's tracker does.
 */
export async function runHeartbeatLoad(options: HeartbeatLoadOptions): Promise<HeartbeatLoadResult> {
  const result: HeartbeatLoadResult = { acknowledged: [], latenciesMs: [], retries: 0, rejected: 0, unacknowledged: 0, elapsedSeconds: 0 }
  const started = Date.now()
  const endsAt = started + options.seconds * 1000
  await Promise.all(
    options.members.map(async (member, index) => {
      let clock = options.clockStartsAt + index * 1000
      const itemId = options.articleIds[index % options.articleIds.length] as number
      await sleep(Math.random() * options.pauseMs)
      while (Date.now() < endsAt && !options.signal?.aborted) {
        const events = Array.from({ length: options.batchSize }, () => {
          clock += heartbeatSeconds * 1000
          return {
            id: randomUUID(),
            collection: 'articles',
            itemId,
            occurredAt: new Date(clock).toISOString(),
            activeSeconds: heartbeatSeconds,
            scrollPercent: 50,
          }
        })
        const giveUpAt = Math.min(endsAt, Date.now()) + options.retryForMs
        await deliver(options, member, JSON.stringify({ events }), events.length, result, giveUpAt, (ids) =>
          result.acknowledged.push(...events.map((event) => event.id).slice(0, ids)),
        )
        await sleep(options.pauseMs)
      }
    }),
  )
  result.elapsedSeconds = (Date.now() - started) / 1000
  return result
}

async function deliver(
  options: HeartbeatLoadOptions,
  member: LoadMember,
  body: string,
  count: number,
  result: HeartbeatLoadResult,
  giveUpAt: number,
  acknowledge: (count: number) => void,
): Promise<void> {
  let backoff = 50
  for (;;) {
    const sent = performance.now()
    const status = await post(`${options.url}/api/reading-events`, body, member.cookie)
    if (status >= 200 && status < 300) {
      result.latenciesMs.push(performance.now() - sent)
      acknowledge(count)
      return
    }
    // Like the tracker: a refusal (4xx) is final, except 401, which keeps the batch for a later try (a
    // session the CMS could not confirm while its database was away).
    if (status >= 400 && status < 500 && status !== 401) {
      result.rejected += count
      return
    }
    if (Date.now() > giveUpAt) {
      result.unacknowledged += count
      return
    }
    result.retries += 1
    await sleep(backoff)
    backoff = Math.min(1000, backoff * 2)
  }
}

/** POSTs the JSON body with the member's cookie; the answer's status, or 0 when none came within 10 s. */
function post(url: string, body: string, cookie: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        timeout: 10_000,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie },
      },
      (response) => {
        response.on('error', () => resolve(0))
        response.on('end', () => resolve(response.statusCode ?? 0))
        response.resume()
      },
    )
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(0))
    request.end(body)
  })
}
