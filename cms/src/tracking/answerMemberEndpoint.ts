import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { notFound, type SideServerAnswer } from '../processes/sideServer'
import { refusalAnswer } from './refusals'

/** An HTTP method the tracking server answers a member's endpoint with (Payload's endpoint method names). */
export type MemberEndpointMethod = 'get' | 'post' | 'put'

/**
 * The member's endpoints the tracking server answers: the REST path, its method, and where Payload's
 * endpoint for it is configured (a collection's, or the root's: `null`). The reads are the ones the
 * portal makes while rendering 我的学习 and a campaign page; the contest attempt's are what a member's
 * browser sends while taking a contest (2,000 members start within seconds, docs/benchmarks.md).
 */
// Ids of nine digits at most: PostgreSQL integers, so a made-up one reaches no query as an out-of-range value.
const memberEndpoints = [
  { method: 'get', path: /^\/api\/study\/summary$/, collection: null, endpoint: '/study/summary' },
  { method: 'get', path: /^\/api\/campaigns\/mine$/, collection: 'campaigns', endpoint: '/mine' },
  { method: 'get', path: /^\/api\/campaigns\/(?<id>\d{1,9})\/me$/, collection: 'campaigns', endpoint: '/:id/me' },
  { method: 'get', path: /^\/api\/campaigns\/(?<id>\d{1,9})\/leaderboard$/, collection: 'campaigns', endpoint: '/:id/leaderboard' },
  { method: 'get', path: /^\/api\/notices\/mine$/, collection: 'notices', endpoint: '/mine' },
  { method: 'post', path: /^\/api\/contests\/(?<id>\d{1,9})\/attempts$/, collection: 'contests', endpoint: '/:id/attempts' },
  {
    method: 'get',
    path: /^\/api\/contests\/(?<id>\d{1,9})\/attempts\/(?<number>\d{1,9})$/,
    collection: 'contests',
    endpoint: '/:id/attempts/:number',
  },
  {
    method: 'put',
    path: /^\/api\/contests\/(?<id>\d{1,9})\/attempts\/(?<number>\d{1,9})\/answers$/,
    collection: 'contests',
    endpoint: '/:id/attempts/:number/answers',
  },
  {
    method: 'post',
    path: /^\/api\/contests\/(?<id>\d{1,9})\/attempts\/(?<number>\d{1,9})\/submission$/,
    collection: 'contests',
    endpoint: '/:id/attempts/:number/submission',
  },
] as const

/** Whether the tracking server answers this method and path as one of the member's endpoints (`answerMemberEndpoint`). */
export function isMemberEndpoint(method: MemberEndpointMethod, pathname: string): boolean {
  return memberEndpoints.some((candidate) => candidate.method === method && candidate.path.test(pathname))
}

/**
 * One of the member's endpoints (`memberEndpoints`), answered by the very handler Payload's REST API runs
 * for it, but without Next.js routing and with the sign-in remembered (`signedInUser`): Payload's request
 * path cost more than their few statements. `req` carries the authenticated user and the body; refusals
 * are formatted as Payload formats them.
 */
export async function answerMemberEndpoint(req: PayloadRequest, method: MemberEndpointMethod, pathname: string): Promise<SideServerAnswer> {
  const known = memberEndpoints.find((candidate) => candidate.method === method && candidate.path.test(pathname))
  const endpoints: Endpoint[] | false | undefined = known?.collection
    ? req.payload.collections[known.collection]?.config.endpoints
    : req.payload.config.endpoints
  const endpoint = known && (endpoints || []).find((candidate) => candidate.path === known.endpoint && candidate.method === method)
  if (!known || !endpoint) return notFound
  req.routeParams = { ...known.path.exec(pathname)?.groups }
  try {
    const response = await endpoint.handler(req)
    return { status: response.status, body: await response.text() }
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    return refusalAnswer(error)
  }
}
