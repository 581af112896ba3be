import type { Pool } from '../database/databaseOf'
import type { FavoriteTarget } from './favoriteTarget'

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
