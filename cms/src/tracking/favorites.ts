import { and, desc, eq } from '@payloadcms/db-postgres/drizzle'
import { trackedCollections } from '@xuexi/contract/study/trackedCollections'
import { z } from 'zod'
import type { Database } from '../database/requestDatabase'
import { favorites } from '../database/tables/study'

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

/** The row of one member's favorite. */
function favoriteRow(memberId: number, target: FavoriteTarget) {
  return and(eq(favorites.userId, memberId), eq(favorites.collection, target.collection), eq(favorites.itemId, target.itemId))
}

/** Whether the member has marked the item as a favorite. */
export async function isFavorite(db: Database, props: { memberId: number; target: FavoriteTarget }): Promise<boolean> {
  const rows = await db.select({ itemId: favorites.itemId }).from(favorites).where(favoriteRow(props.memberId, props.target))
  return rows.length > 0
}

/** Adds (idempotently) or removes one of the member's favorites; returns whether it is now a favorite. */
export async function setFavorite(db: Database, props: { memberId: number; target: FavoriteTarget; favorite: boolean }): Promise<boolean> {
  if (props.favorite) {
    await db
      .insert(favorites)
      .values({ userId: props.memberId, collection: props.target.collection, itemId: props.target.itemId })
      .onConflictDoNothing()
  } else {
    await db.delete(favorites).where(favoriteRow(props.memberId, props.target))
  }
  return props.favorite
}

/** The member's latest favorites, newest first (at most `limit`). */
export async function latestFavorites(db: Database, memberId: number, limit: number) {
  return db
    .select({ collection: favorites.collection, itemId: favorites.itemId, createdAt: favorites.createdAt })
    .from(favorites)
    .where(eq(favorites.userId, memberId))
    .orderBy(desc(favorites.createdAt))
    .limit(limit)
}
