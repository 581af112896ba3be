import { sessionPath } from '@xuexi/contract/auth/sessionPath'
import type { ContentChange } from '@xuexi/contract/changes/ContentChange'
import { publicPaths } from '@xuexi/contract/routes/publicPaths'
import { trackedCollections } from '@xuexi/contract/study/trackedCollections'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { answerSessionRequest } from '../auth/answerSessionRequest'
import { followContentChanges } from '../changes/followContentChanges'
import { followMemberContestRules } from '../contests/member/visibleContestRules'
import { databaseOf } from '../database/databaseOf'
import { listenOnLoopback } from '../processes/sideServer'
import { answerDailyCardRequest } from '../questions/daily/answerDailyCardRequest'
import { answerHeartbeatRequest } from './answerHeartbeatRequest'
import { answerMemberEndpoint, isMemberEndpoint, type MemberEndpointMethod } from './answerMemberEndpoint'
import { answerVisitRequest } from './answerVisitRequest'
import { createTrackingServer, type TrackingRequest } from './createTrackingServer'
import { forgetPointsRules } from './pointsRules'
import { forgetSignedInUser, forgetSignedInUsers, signedInUser } from './signedInUser'
import { forgetTrackedItems } from './trackedItems'

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

/** Keeps the study-tracking server's read caches (items, sign-ins, points rules) in step with the change record. */
function followTrackingChanges(payload: Payload): void {
  // Subscribed at once; while PostgreSQL is away the feed keeps trying (and logs why), and catches up.
  followContentChanges(payload, 'study tracking caches', forgetChanged).catch(() => undefined)
}

function forgetChanged(changes: ContentChange[]): void {
  const tracked = new Set<string>(trackedCollections)
  const users = changes.filter((change) => change.collection === 'users').map((change) => change.id)
  forgetTrackedItems({
    items: changes.filter((change) => tracked.has(change.collection)).map((change) => `${change.collection}:${change.id}`),
    users,
    organizationsChanged: changes.some((change) => change.collection === 'organizations'),
  })
  forgetSignedInUsers(users)
  if (changes.some((change) => change.collection === 'points-rules')) forgetPointsRules()
}
