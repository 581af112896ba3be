import type { Endpoint } from 'payload'
import type { Pool } from 'pg'
import { cmsError } from '../errors/cmsError'
import { favoriteTargetSchema } from '../tracking/favoriteTarget'
import { findTrackedItems } from '../tracking/findTrackedItems'
import { isFavorite } from '../tracking/isFavorite'
import { requireMember } from '../tracking/requireMember'
import { openVisit, signVisitTicket } from '../tracking/visitTicket'

/**
 * `GET /api/study/visit/:collection/:itemId`: the portal asks it when it renders an item's page for a
 * signed-in member. Opens a visit now (server time) and answers its signed ticket, which the page's
 * tracker sends with every heartbeat (study credit lies only inside visits the server opened), and
 * whether the item is the member's favorite, so the page needs one call for both.
 */
export const studyVisit: Endpoint = {
  path: '/study/visit/:collection/:itemId',
  method: 'get',
  handler: async (req) => {
    const memberId = await requireMember(req)
    const parsed = favoriteTargetSchema.safeParse(req.routeParams)
    if (!parsed.success) throw cmsError('tracking.unknownItem', 404)
    const { collection, itemId } = parsed.data
    if ((await findTrackedItems(req, [{ collection, id: itemId }])).size === 0) throw cmsError('tracking.unknownItem', 404)
    const visit = openVisit({ memberId, collection, itemId })
    const favorite = await isFavorite(req.payload.db.pool as unknown as Pool, { memberId, target: parsed.data })
    return Response.json(
      { visit: signVisitTicket(req.payload.secret, visit), startedAt: visit.startedAt.toISOString(), favorite },
      { headers: { 'cache-control': 'private, no-store' } },
    )
  },
}
