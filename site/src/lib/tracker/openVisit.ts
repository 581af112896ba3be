import { publicPaths } from '@xuexi/contract/routes/publicPaths'

/** A visit the tracking server opened for the signed-in member (`GET /api/study/visit/…`). */
export interface OpenedVisit {
  /** The visit's ticket: study time is credited only inside it (see cms/src/tracking/visitTicket.ts). */
  visit: string
  /** When the visit began, in the server's time (ISO). */
  startedAt: string
  memberId: number
  favorite: boolean
}

/**
 * Opens a study visit of the item from the browser, with the session cookie: the page itself is the
 * same for the member's whole class (served from its cache), so what is the member's own arrives here.
 * Undefined when the server opened none (signed out, no access, unreachable): the page then records nothing.
 */
export async function openVisit(collection: string, itemId: number): Promise<OpenedVisit | undefined> {
  try {
    const response = await fetch(`${publicPaths.studyVisit}${encodeURIComponent(collection)}/${itemId}`, { credentials: 'same-origin' })
    if (!response.ok) return undefined
    const answer = (await response.json()) as Partial<OpenedVisit>
    const valid =
      typeof answer.visit === 'string' &&
      typeof answer.startedAt === 'string' &&
      typeof answer.memberId === 'number' &&
      typeof answer.favorite === 'boolean'
    return valid ? (answer as OpenedVisit) : undefined
  } catch {
    return undefined
  }
}
