import { trackedCollections } from '@xuexi/contract/study/trackedCollections'
import { z } from 'zod'

/** The item named by a favorites URL (`/api/study/favorites/:collection/:itemId`). */
export const favoriteTargetSchema = z.object({
  collection: z.enum(trackedCollections, { error: 'favorite.invalid' }),
  // Ids are PostgreSQL integers: a larger one names no item (and must not reach a query as one).
  itemId: z.coerce
    .number({ error: 'favorite.invalid' })
    .int({ error: 'favorite.invalid' })
    .positive({ error: 'favorite.invalid' })
    .max(2_147_483_647, { error: 'favorite.invalid' }),
})

/** A validated favorites target. */
export type FavoriteTarget = z.infer<typeof favoriteTargetSchema>
