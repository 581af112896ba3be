/** One anonymous page request of the load: when, which kind of page, and the answer. */
export interface ReaderResult {
  at: number
  kind: 'cached' | 'uncached'
  path: string
  /** HTTP status, or 0 when no answer came (connection refused or reset, timeout). */
  status: number
  cache: string | null
  retryAfter: string | null
}

/** A running reader load: everything answered so far, and a way to stop it. */
export interface ReaderLoad {
  results: ReaderResult[]
  stop: () => Promise<void>
}

/**
 * `readers` anonymous readers fetching pages back to back through the public origin, taking turns
 * between pages that are in the portal's page cache and pages that are not (a query string no one
 * asked for before makes a new cache key, so the portal must render it with the CMS).
 */
export function startReaderLoad(options: { url: string; cachedPaths: string[]; readers: number; pauseMs: number }): ReaderLoad {
  const results: ReaderResult[] = []
  let running = true
  let counter = 0
  const read = async (reader: number) => {
    for (let turn = 0; running; turn += 1) {
      const cachedPath = options.cachedPaths[(reader + turn) % options.cachedPaths.length] as string
      const kind = turn % 2 === 0 ? 'cached' : 'uncached'
      const path = kind === 'cached' ? cachedPath : `${cachedPath}${cachedPath.includes('?') ? '&' : '?'}reader=${counter++}`
      const at = Date.now()
      try {
        const response = await fetch(`${options.url}${path}`, { signal: AbortSignal.timeout(10_000), redirect: 'manual' })
        await response.arrayBuffer()
        results.push({
          at,
          kind,
          path,
          status: response.status,
          cache: response.headers.get('x-portal-cache'),
          retryAfter: response.headers.get('retry-after'),
        })
      } catch {
        results.push({ at, kind, path, status: 0, cache: null, retryAfter: null })
      }
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs))
    }
  }
  const readers = Array.from({ length: options.readers }, (_, reader) => read(reader))
  return {
    results,
    stop: async () => {
      running = false
      await Promise.all(readers)
    },
  }
}
