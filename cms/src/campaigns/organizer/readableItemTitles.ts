import type { PayloadRequest } from 'payload'
import type { PlannedItem } from '../CampaignPlan'

/** Key of a reading-list item in `readableItemTitles`. */
export const itemKey = (item: Pick<PlannedItem, 'collection' | 'itemId'>) => `${item.collection}:${item.itemId}`

/**
 * Titles of the reading-list items the requesting user may read themselves (the collections' read
 * access, drafts excluded): an item that became restricted or unpublished after it was listed keeps
 * its place in a report but not its title.
 */
export async function readableItemTitles(req: PayloadRequest, items: PlannedItem[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>()
  const byCollection = new Map<PlannedItem['collection'], PlannedItem[]>()
  for (const item of items) byCollection.set(item.collection, [...(byCollection.get(item.collection) ?? []), item])
  for (const [collection, planned] of byCollection) {
    const found = await req.payload.find({
      collection,
      where: { id: { in: planned.map((item) => item.itemId) } },
      select: { title: true },
      depth: 0,
      limit: planned.length,
      pagination: false,
      draft: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of found.docs) titles.set(itemKey({ collection, itemId: doc.id as number }), String(doc.title))
  }
  return titles
}
