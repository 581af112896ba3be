import type { TrackedCollection } from '@xuexi/contract/study/trackedCollections'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { organizationLineage } from '../../../access/organizationReach'
import { cmsError } from '../../../errors/cmsError'
import { idOf } from '../../../utilities/idOf'

interface Entry {
  item?: { relationTo?: string; value?: unknown }
}

const keyOf = (entry: Entry) => `${entry.item?.relationTo}:${idOf(entry.item?.value)}`
const idsOf = (values: unknown): unknown[] => (Array.isArray(values) ? values.map(idOf) : [])

/**
 * A reading list holds only items every member the campaign targets may read: published, and public,
 * members-only, or restricted to organizations that cover each target (a target, or one of its
 * ancestors, is among the item's organizations — the rule `canReadContent` applies to its members).
 * Checked for every role on every write path (REST, GraphQL, admin, the portal's organizer form,
 * Local API): entries added by this write, and every entry when the targets change. Otherwise an
 * organizer could list a draft or another branch's restricted item and read its title in the report.
 */
export const checkReadingList: CollectionBeforeChangeHook = async ({ data, req, originalDoc, operation }) => {
  const entries: Entry[] = Array.isArray(data.readingList) ? data.readingList : []
  const targets = idsOf(data.targetOrganizations ?? originalDoc?.targetOrganizations)
  const targetsChanged = operation === 'create' || JSON.stringify(targets) !== JSON.stringify(idsOf(originalDoc?.targetOrganizations))
  const before = new Set(((originalDoc?.readingList as Entry[] | undefined) ?? []).map(keyOf))
  const toCheck = entries
    .map((entry, index) => ({ entry, position: index + 1 }))
    .filter(({ entry }) => targetsChanged || !before.has(keyOf(entry)))
  if (toCheck.length === 0) return data
  const lineages = await Promise.all(targets.map((target) => organizationLineage(req.payload, target, req)))
  for (const { entry, position } of toCheck) {
    if (!(await readableByTargets(req, entry, lineages))) throw cmsError('campaign.readingItemUnreadable', 400, { position })
  }
  return data
}

async function readableByTargets(req: PayloadRequest, entry: Entry, lineages: unknown[][]): Promise<boolean> {
  const id = idOf(entry.item?.value)
  if (id === undefined || !entry.item?.relationTo) return false
  const item = await req.payload.findByID({
    collection: entry.item.relationTo as TrackedCollection,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    select: { _status: true, visibility: true, organizations: true },
    req,
  })
  if (item?._status !== 'published') return false
  if (item.visibility === 'public' || item.visibility === 'members') return true
  const allowed = new Set(idsOf(item.organizations))
  return lineages.length > 0 && lineages.every((lineage) => lineage.some((organization) => allowed.has(organization)))
}
