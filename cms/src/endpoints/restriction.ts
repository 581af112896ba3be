import { slugPattern } from '@xuexi/contract/content/slugPattern'
import type { Endpoint } from 'payload'
import { z } from 'zod'
import { gatedCollections, restrictionOf } from '../access/restrictionOf'

const params = z.object({ collection: z.enum(gatedCollections), slug: z.string().regex(slugPattern) })

/**
 * `GET /api/restriction/:collection/:slug` → `{ visibility: 'members' | 'organizations' }` for a
 * published item that not everybody may read, `{ visibility: null }` otherwise (no such item, or a
 * public one). The portal uses it to show a sign-in prompt instead of "not found"; the item's title
 * and content never leave the CMS this way.
 */
export const restriction: Endpoint = {
  path: '/restriction/:collection/:slug',
  method: 'get',
  handler: async (req) => {
    const parsed = params.safeParse(req.routeParams)
    const visibility = parsed.success ? await restrictionOf(req.payload, parsed.data.collection, parsed.data.slug) : null
    return Response.json({ visibility })
  },
}
