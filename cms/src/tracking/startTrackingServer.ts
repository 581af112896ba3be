import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { listenOncePerProcess } from '../utilities/listenOncePerProcess'
import { answerHeartbeatRequest } from './answerHeartbeatRequest'
import { createTrackingServer } from './createTrackingServer'
import { followTrackingChanges } from './followTrackingChanges'
import { forgetSignedInUser, signedInUser } from './signedInUser'

/**
 * Serves `POST /api/reading-events` from the CMS process on a loopback port (the launcher's front proxy
 * routes it there). Each request is authenticated by Payload's own auth strategies (the session cookie
 * or `Authorization` header: JWT signed with the Payload secret, user and session looked up), remembered
 * per credentials for a few minutes (`signedInUser`) while the session is checked with every batch, and
 * then answered by the same domain functions. Its caches follow the change record (`followTrackingChanges`).
 */
export async function startTrackingServer(payload: Payload, port: number): Promise<void> {
  followTrackingChanges(payload)
  await listenOncePerProcess('trackingServer', port, () =>
    createTrackingServer({
      answer: async ({ headers, text }) => {
        const req = await createLocalReq({ req: { headers, text } as Partial<PayloadRequest> }, payload)
        req.user = await signedInUser(req)
        const answer = await answerHeartbeatRequest(req)
        if (answer.status === 401) forgetSignedInUser(headers)
        return answer
      },
      logError: (error) => payload.logger.error({ err: error }, 'study tracking request failed'),
    }),
  )
}
