import { stackUrl } from './cmsApi'

/** A page's answer with its bytes read. */
export interface PageAnswer {
  response: Response
  body: Buffer
}

async function answerOf(path: string, headers: Record<string, string>): Promise<PageAnswer> {
  const response = await fetch(stackUrl(path), { headers })
  return { response, body: Buffer.from(await response.arrayBuffer()) }
}

/**
 * A list page's first answer, which Astro renders (a miss), and the next, which comes from the cache (a
 * hit: the portal server sends the kept copy). Each round asks a page key not asked before; a change notice
 * from other tests' writes can expire the copy between the two, so up to three rounds are tried.
 */
export async function renderedThenKept(pathname: string, headers: Record<string, string> = {}): Promise<[PageAnswer, PageAnswer]> {
  for (let round = 0; round < 3; round += 1) {
    const path = `${pathname}?topic=${crypto.randomUUID()}`
    const rendered = await answerOf(path, headers)
    const kept = await answerOf(path, headers)
    if (rendered.response.headers.get('x-portal-cache') === 'miss' && kept.response.headers.get('x-portal-cache') === 'hit')
      return [rendered, kept]
  }
  throw new Error(`${pathname}: no round got a rendered answer and then a kept one`)
}

/** A response's headers without those of its one exchange (date, request id, framing, cache state). */
export function pageHeaders(response: Response): Array<[string, string]> {
  const exchange = new Set(['date', 'x-request-id', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'x-portal-cache'])
  return [...response.headers].filter(([name]) => !exchange.has(name))
}
