import { sessionPath } from '@xuexi/contract/auth/sessionPath'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { answerSessionRequest } from '../auth/answerSessionRequest'
import { followMemberContestRules } from '../contests/member/visibleContestRules'
import { databaseOf } from '../database/databaseOf'
import { publicPaths } from '../processes/routeTable'
import { listenOnLoopback } from '../processes/sideServer'
import { answerDailyCardRequest } from '../questions/daily/answerDailyCardRequest'
import { answerHeartbeatRequest } from './answerHeartbeatRequest'
import { answerMemberEndpoint, isMemberEndpoint, type MemberEndpointMethod } from './answerMemberEndpoint'
import { answerVisitRequest } from './answerVisitRequest'
import { createTrackingServer, type TrackingRequest } from './createTrackingServer'
import { followTrackingChanges } from './followTrackingChanges'
import { forgetSignedInUser, signedInUser } from './signedInUser'

/**
 * The CMS process's tracking server (started by `startCmsProcess`). Serves on a loopback port the route table's
 * `tracking` routes (`POST /api/reading-events`, `GET /api/study/visit/…`, `GET /api/study/daily-card` and a
 * contest's attempts, `/api/contests/:id/attempts…`), and for the portal, asked directly, its session confirmation
 * (`GET /api/portal/session`) and the member's own reads of 我的学习 and campaign pages (`answerMemberEndpoint`). A
 * member's requests are authenticated by Payload's own auth strategies (the session cookie or `Authorization` header:
 * JWT signed with the Payload secret, user and session looked up), remembered per credentials for a few minutes
 * (`signedInUser`) while the session is checked with every batch, and then answered by the same domain functions. Its
 * caches follow the change record (`followTrackingChanges`).
 */
export async function startTrackingServer(payload: Payload, port: number): Promise<void> {
  followTrackingChanges(payload)
  followMemberContestRules(payload)
  const memberRequest = async ({ headers, text }: TrackingRequest) => {
    const req = await createLocalReq({ req: { headers, text } as Partial<PayloadRequest> }, payload)
    req.user = await signedInUser(req)
    return req
  }
  await listenOnLoopback(
    createTrackingServer({
      routes: [
        {
          method: 'POST',
          serves: (pathname) => pathname === publicPaths.readingEvents,
          answer: async (request) => {
            const answer = await answerHeartbeatRequest(await memberRequest(request))
            if (answer.status === 401) forgetSignedInUser(request.headers, payload.config)
            return answer
          },
        },
        {
          method: 'GET',
          serves: (pathname) => pathname.startsWith(publicPaths.studyVisit),
          answer: async (request) => answerVisitRequest(await memberRequest(request), request.pathname),
        },
        {
          method: 'GET',
          serves: (pathname) => pathname === publicPaths.dailyCard,
          answer: async (request) => answerDailyCardRequest(await memberRequest(request)),
        },
        ...(['get', 'post', 'put'] as const).map((method: MemberEndpointMethod) => ({
          method: method.toUpperCase() as Uppercase<MemberEndpointMethod>,
          serves: (pathname: string) => isMemberEndpoint(method, pathname),
          answer: async (request: TrackingRequest) => answerMemberEndpoint(await memberRequest(request), method, request.pathname),
        })),
        {
          method: 'GET',
          serves: (pathname) => pathname === sessionPath,
          answer: ({ headers }) => answerSessionRequest(databaseOf(payload), payload.secret, headers),
        },
      ],
      logError: (error) => payload.logger.error({ err: error }, 'study tracking request failed'),
    }),
    port,
  )
}
