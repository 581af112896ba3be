import type { Endpoint, PayloadRequest } from 'payload'
import { requestDatabase } from '../database/requestDatabase'
import { cmsError } from '../errors/cmsError'
import { favoriteTargetSchema, isFavorite, setFavorite } from '../tracking/favorites'
import { requireMember } from '../tracking/signedInUser'
import { findTrackedItems } from '../tracking/trackedItems'

const path = '/study/favorites/:collection/:itemId'

async function target(req: PayloadRequest) {
  const memberId = await requireMember(req)
  const parsed = favoriteTargetSchema.safeParse(req.routeParams)
  if (!parsed.success) throw cmsError('favorite.invalid', 400)
  return { memberId, target: parsed.data, db: await requestDatabase(req) }
}

const answer = (favorite: boolean) => Response.json({ favorite }, { headers: { 'cache-control': 'private, no-store' } })

/** `GET|PUT|DELETE /api/study/favorites/:collection/:itemId`: whether, and to mark or unmark, an item as the member's favorite (收藏). */
export const favorites: Endpoint[] = [
  {
    path,
    method: 'get',
    handler: async (req) => {
      const { db, ...props } = await target(req)
      return answer(await isFavorite(db, props))
    },
  },
  {
    path,
    method: 'put',
    handler: async (req) => {
      const { db, ...props } = await target(req)
      const readable = await findTrackedItems(req, [{ collection: props.target.collection, id: props.target.itemId }])
      if (readable.size === 0) throw cmsError('favorite.unknownItem', 404)
      return answer(await setFavorite(db, { ...props, favorite: true }))
    },
  },
  {
    path,
    method: 'delete',
    handler: async (req) => {
      const { db, ...props } = await target(req)
      return answer(await setFavorite(db, { ...props, favorite: false }))
    },
  },
]
