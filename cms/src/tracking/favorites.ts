import { trackedCollections } from '@xuexi/contract/study/trackedCollections'
import { z } from 'zod'
import type { Pool } from '../database/databaseOf'

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

/** Whether the member has marked the item as a favorite. */
export async function isFavorite(pool: Pool, props: { memberId: number; target: FavoriteTarget }): Promise<boolean> {
  const { rowCount } = await pool.query('select 1 from favorites where user_id = $1 and collection = $2 and item_id = $3', [
    props.memberId,
    props.target.collection,
    props.target.itemId,
  ])
  return (rowCount ?? 0) > 0
}

/** Adds (idempotently) or removes one of the member's favorites; returns whether it is now a favorite. */
export async function setFavorite(pool: Pool, props: { memberId: number; target: FavoriteTarget; favorite: boolean }): Promise<boolean> {
  const values = [props.memberId, props.target.collection, props.target.itemId]
  if (props.favorite) {
    await pool.query('insert into favorites (user_id, collection, item_id) values ($1, $2, $3) on conflict do nothing', values)
  } else {
    await pool.query('delete from favorites where user_id = $1 and collection = $2 and item_id = $3', values)
  }
  return props.favorite
}
