import { publicPaths } from '@xuexi/contract/routes/publicPaths'
import { HeartbeatQueue } from './HeartbeatQueue'
import { PlayedRanges } from './PlayedRanges'

/** Which item the page shows, whose reading it records, and the visit the CMS opened for this page view. */
export interface TrackerTarget {
  collection: string
  itemId: number
  memberId: number
  /** The visit's ticket: study time is credited only inside it (see cms/src/tracking/visitTicket.ts). */
  visit: string
  /** When the visit began, in the server's time (epoch ms). */
  visitStartedAt: number
}

const idleMs = 60_000 // input or scrolling within the last minute makes time count
const beatMs = 15_000
const batchSize = 50
const maxBackoffMs = 60_000

/**
 * Counts visible, active time (page visible and input or scroll within the last minute, or a medium
 * playing), maximum scroll depth and distinct seconds played, and sends them as heartbeats with
 * client-made ids. Heartbeats wait in localStorage until the server acknowledges them.
 */
export function startTracker(target: TrackerTarget): void {
  const queue = new HeartbeatQueue(localStorage, `xuexi.heartbeats.${target.memberId}`)
  const media = document.querySelector<HTMLMediaElement>('[data-player] video, [data-player] audio')
  const played = new PlayedRanges()
  let lastInput = Date.now()
  let lastTick = Date.now()
  let activeMs = 0
  let maxScroll = 0
  let sending = false
  let backoffMs = 1000
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  // Heartbeat times follow the server's clock: from the visit's start until an answer's `Date` header says more.
  let clockOffsetMs = Number.isFinite(target.visitStartedAt) ? target.visitStartedAt - Date.now() : 0

  const scrollPercent = () => {
    const root = document.documentElement
    const scrollable = root.scrollHeight - innerHeight
    return scrollable <= 0 ? 100 : Math.min(100, Math.round((scrollY / scrollable) * 100))
  }
  const playing = () => Boolean(media && !media.paused && !media.ended)
  const tick = () => {
    const now = Date.now()
    // A sleeping device or a throttled tab never earns more than the tick itself.
    const elapsed = Math.min(now - lastTick, 2000)
    lastTick = now
    if (document.visibilityState === 'visible' && (now - lastInput < idleMs || playing())) activeMs += elapsed
    maxScroll = Math.max(maxScroll, scrollPercent())
  }
  const beat = () => {
    tick()
    const activeSeconds = Math.min(60, Math.floor(activeMs / 1000))
    const watched = played.take()
    if (activeSeconds === 0 && watched.length === 0) return
    activeMs -= activeSeconds * 1000
    queue.push({
      id: crypto.randomUUID(),
      collection: target.collection,
      itemId: target.itemId,
      visit: target.visit,
      occurredAt: new Date(Date.now() + clockOffsetMs).toISOString(),
      activeSeconds,
      scrollPercent: maxScroll,
      watched,
      ...(media && Number.isFinite(media.duration) && media.duration >= 1 ? { mediaSeconds: Math.round(media.duration) } : {}),
    })
  }
  const flush = async (keepalive = false) => {
    const batch = queue.all().slice(0, batchSize)
    if (sending || batch.length === 0 || !navigator.onLine) return
    sending = true
    clearTimeout(retryTimer)
    try {
      const response = await fetch(publicPaths.readingEvents, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ memberId: target.memberId, events: batch }),
        keepalive,
      })
      const serverDate = Date.parse(response.headers.get('date') ?? '')
      if (Number.isFinite(serverDate)) clockOffsetMs = serverDate - Date.now()
      if (response.status === 401) return // signed out meanwhile: keep the queue for the member's next visit
      if (response.status >= 500) throw new Error(`HTTP ${response.status}`)
      // Acknowledged, or refused for good (4xx: the same batch would be refused again).
      if (!response.ok) console.warn('学习记录未被接收', await response.text())
      queue.remove(batch.map((heartbeat) => heartbeat.id))
      backoffMs = 1000
      if (queue.all().length > 0) setTimeout(() => void flush(), 0)
    } catch {
      retryTimer = setTimeout(() => void flush(), backoffMs)
      backoffMs = Math.min(maxBackoffMs, backoffMs * 2)
    } finally {
      sending = false
    }
  }

  for (const type of ['scroll', 'keydown', 'pointerdown', 'pointermove', 'touchstart', 'wheel']) {
    addEventListener(type, () => (lastInput = Date.now()), { passive: true, capture: true })
  }
  if (media) {
    media.addEventListener('timeupdate', () => (media.seeking || media.paused ? played.interrupt() : played.sample(media.currentTime)))
    for (const type of ['seeking', 'pause', 'waiting']) media.addEventListener(type, () => played.interrupt())
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      beat()
      void flush(true)
    } else {
      lastTick = Date.now()
    }
  })
  addEventListener('online', () => void flush())
  setInterval(tick, 1000)
  setInterval(() => {
    beat()
    void flush()
  }, beatMs)
  void flush()
}
