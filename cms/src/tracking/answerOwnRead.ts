import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { refusalAnswer, type TrackingAnswer } from './refusalAnswer'

/**
 * The member's own reads the portal makes while rendering 我的学习 and a campaign page: the REST path,
 * and where Payload's endpoint for it is configured (a collection's, or the root's: `null`).
 */
// Ids of nine digits at most: PostgreSQL integers, so a made-up one reaches no query as an out-of-range value.
const ownReads = [
  { path: /^\/api\/study\/summary$/, collection: null, endpoint: '/study/summary' },
  { path: /^\/api\/campaigns\/mine$/, collection: 'campaigns', endpoint: '/mine' },
  { path: /^\/api\/campaigns\/(?<id>\d{1,9})\/me$/, collection: 'campaigns', endpoint: '/:id/me' },
  { path: /^\/api\/campaigns\/(?<id>\d{1,9})\/leaderboard$/, collection: 'campaigns', endpoint: '/:id/leaderboard' },
  { path: /^\/api\/notices\/mine$/, collection: 'notices', endpoint: '/mine' },
] as const

/** Whether the tracking server answers this path as one of the member's own reads (`answerOwnRead`). */
export function isOwnRead(pathname: string): boolean {
  return ownReads.some((read) => read.path.test(pathname))
}

/**
 * One of the member's own reads (`ownReads`), answered by the very handler Payload's REST API runs for
 * it, but without Next.js routing and with the sign-in remembered (`signedInUser`): the portal asks
 * two or three of them per render of 我的学习 or a campaign page, and Payload's request path cost more
 * than their few statements. `req` carries the authenticated user; refusals are formatted as Payload
 * formats them.
 */
export async function answerOwnRead(req: PayloadRequest, pathname: string): Promise<TrackingAnswer> {
  const read = ownReads.find((candidate) => candidate.path.test(pathname))
  const endpoints: Endpoint[] | false | undefined = read?.collection
    ? req.payload.collections[read.collection]?.config.endpoints
    : req.payload.config.endpoints
  const endpoint = read && (endpoints || []).find((candidate) => candidate.path === read.endpoint && candidate.method === 'get')
  if (!read || !endpoint) return { status: 404, body: JSON.stringify({ errors: [{ message: 'Not Found' }] }) }
  req.routeParams = { ...read.path.exec(pathname)?.groups }
  try {
    const response = await endpoint.handler(req)
    return { status: response.status, body: await response.text() }
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    return refusalAnswer(error)
  }
}
