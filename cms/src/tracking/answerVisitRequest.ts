import { publicPaths } from '@xuexi/contract/routes/publicPaths'
import { APIError, type PayloadRequest } from 'payload'
import { requestDatabase } from '../database/requestDatabase'
import { cmsError } from '../errors/cmsError'
import type { SideServerAnswer } from '../processes/sideServer'
import { favoriteTargetSchema, isFavorite } from './favorites'
import { refusalAnswer } from './refusals'
import { requireMember } from './signedInUser'
import { findTrackedItems } from './trackedItems'
import { openVisit, signVisitTicket } from './visitTicket'

/**
 * `GET /api/study/visit/:collection/:itemId`: the tracker asks it from the browser when a signed-in
 * member opens an item's page (so the page itself is the same for the member's whole class and is
 * served from its cache). Opens a visit now (server time) and answers its signed ticket, which the
 * tracker sends with every heartbeat (study credit lies only inside visits the server opened), the
 * member's id (their heartbeat queue's key) and whether the item is their favorite. `req` carries the
 * authenticated user.
 */
export async function answerVisitRequest(req: PayloadRequest, pathname: string): Promise<SideServerAnswer> {
  try {
    const memberId = await requireMember(req)
    const [collection, itemId, ...rest] = pathname.slice(publicPaths.studyVisit.length).split('/')
    const parsed = favoriteTargetSchema.safeParse({ collection, itemId })
    if (!parsed.success || rest.length > 0) throw cmsError('tracking.unknownItem', 404)
    const target = parsed.data
    if ((await findTrackedItems(req, [{ collection: target.collection, id: target.itemId }])).size === 0)
      throw cmsError('tracking.unknownItem', 404)
    const visit = openVisit({ memberId, collection: target.collection, itemId: target.itemId })
    const favorite = await isFavorite(await requestDatabase(req), { memberId, target })
    return {
      status: 200,
      body: JSON.stringify({
        visit: signVisitTicket(req.payload.secret, visit),
        startedAt: visit.startedAt.toISOString(),
        memberId,
        favorite,
      }),
    }
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    return refusalAnswer(error)
  }
}
