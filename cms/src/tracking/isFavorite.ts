import type { Pool } from '../database/databaseOf'
import type { FavoriteTarget } from './favoriteTarget'

/** Whether the member has marked the item as a favorite. */
export async function isFavorite(pool: Pool, props: { memberId: number; target: FavoriteTarget }): Promise<boolean> {
  const { rowCount } = await pool.query('select 1 from favorites where user_id = $1 and collection = $2 and item_id = $3', [
    props.memberId,
    props.target.collection,
    props.target.itemId,
  ])
  return (rowCount ?? 0) > 0
}
