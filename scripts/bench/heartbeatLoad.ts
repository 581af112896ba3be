import { randomUUID } from 'node:crypto'
import http from 'node:http'
import { publicPaths } from '@xuexi/contract/routes/publicPaths'
import { openVisit, signVisitTicket, visitKeyOf } from '../../cms/src/tracking/visitTicket'

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
  /** How long to start new batches, after the warm-up. */
  seconds: number
  /** Sends this long first without measuring, on the same connections (as on a portal already in use). */
  warmUpSeconds?: number
  /** Heartbeats per request. */
  batchSize: number
  /** Interval between a member's batches (ms), on a fixed schedule like the tracker's timer; 0: back to back. */
  pauseMs: number
  /** Give up retrying a batch this long after the load ended (ms). */
  retryForMs: number
  /** Where the members' reading clocks start (epoch ms); a later run on the same members must start later. */
  clockStartsAt: number
  /**
   * The CMS's config secret: the load signs its own visit tickets, one per batch, as if the CMS had
   * rendered the page when the batch's reading began (its clock runs ahead of real time, in the past).
   */
  secret: string
  /** Stops starting new batches early (batches already started are still delivered). */
  signal?: AbortSignal
}

/** What happened: every acknowledged heartbeat id, what was measured after the warm-up, failures seen. */
export interface HeartbeatLoadResult {
  /** Every acknowledged heartbeat id, warm-up included. */
  acknowledged: string[]
  /** Heartbeats acknowledged in batches started after the warm-up. */
  measuredEvents: number
  /** Latencies of acknowledged requests started after the warm-up. */
  latenciesMs: number[]
  retries: number
  rejected: number
  unacknowledged: number
  /** From the end of the warm-up until the last batch was answered. */
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
 * days ago so all of it lies before its arrival and is credited), POSTed with the member's cookie; a failed request is
 * retried with the same ids (backoff up to 1 s) exactly as the portal's tracker does.
 */
export async function runHeartbeatLoad(options: HeartbeatLoadOptions): Promise<HeartbeatLoadResult> {
  const result: HeartbeatLoadResult = {
    acknowledged: [],
    measuredEvents: 0,
    latenciesMs: [],
    retries: 0,
    rejected: 0,
    unacknowledged: 0,
    elapsedSeconds: 0,
  }
  const visitKey = visitKeyOf(options.secret)
  const measuredFrom = Date.now() + (options.warmUpSeconds ?? 0) * 1000
  const endsAt = measuredFrom + options.seconds * 1000
  await Promise.all(
    options.members.map(async (member, index) => {
      let clock = options.clockStartsAt + index * 1000
      const itemId = options.articleIds[index % options.articleIds.length] as number
      let dueAt = Date.now() + Math.random() * options.pauseMs
      while (dueAt < endsAt && !options.signal?.aborted) {
        await sleep(dueAt - Date.now())
        if (options.signal?.aborted) break
        const visit = signVisitTicket(visitKey, openVisit({ memberId: member.id, collection: 'articles', itemId }, new Date(clock)))
        const events = Array.from({ length: options.batchSize }, () => {
          clock += heartbeatSeconds * 1000
          return {
            id: randomUUID(),
            collection: 'articles',
            itemId,
            visit,
            occurredAt: new Date(clock).toISOString(),
            activeSeconds: heartbeatSeconds,
            scrollPercent: 50,
          }
        })
        const giveUpAt = Math.min(endsAt, Date.now()) + options.retryForMs
        const measured = Date.now() >= measuredFrom
        await deliver(options, member, JSON.stringify({ events }), events.length, result, giveUpAt, (latencyMs) => {
          result.acknowledged.push(...events.map((event) => event.id))
          if (!measured) return
          result.measuredEvents += events.length
          result.latenciesMs.push(latencyMs)
        })
        dueAt = nextDueAt(dueAt, options.pauseMs, Date.now())
      }
    }),
  )
  result.elapsedSeconds = (Date.now() - measuredFrom) / 1000
  return result
}

/**
 * Like the tracker's interval timer: the next batch is due an interval after this one was due, however
 * long this one took; a due time that passed while this batch was in flight is skipped. Interval 0: now.
 */
function nextDueAt(dueAt: number, intervalMs: number, now: number): number {
  if (intervalMs <= 0) return now
  let next = dueAt + intervalMs
  while (next < now) next += intervalMs
  return next
}

async function deliver(
  options: HeartbeatLoadOptions,
  member: LoadMember,
  body: string,
  count: number,
  result: HeartbeatLoadResult,
  giveUpAt: number,
  acknowledge: (latencyMs: number) => void,
): Promise<void> {
  let backoff = 50
  for (;;) {
    const sent = performance.now()
    const status = await post(`${options.url}${publicPaths.readingEvents}`, body, member.cookie)
    if (status >= 200 && status < 300) {
      acknowledge(performance.now() - sent)
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
