import { z } from 'zod'
import { trackedCollections } from './trackedCollections'

/** The item named by a favorites URL (`/api/study/favorites/:collection/:itemId`). */
export const favoriteTargetSchema = z.object({
  collection: z.enum(trackedCollections, { error: 'favorite.invalid' }),
  itemId: z.coerce.number({ error: 'favorite.invalid' }).int({ error: 'favorite.invalid' }).positive({ error: 'favorite.invalid' }),
})

/** A validated favorites target. */
export type FavoriteTarget = z.infer<typeof favoriteTargetSchema>
