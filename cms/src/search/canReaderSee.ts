import type { Reader } from './Reader'
import type { SearchDocument } from './SearchDocument'

/**
 * The visibility rule of `access/canReadContent` applied to an indexed (always published) item:
 * staff see everything, anonymous readers public items, members also members-only items and items
 * restricted to an organization that is theirs or an ancestor of theirs.
 */
export function canReaderSee(doc: Pick<SearchDocument, 'visibility' | 'organizationIds'>, reader: Reader): boolean {
  if (reader.kind === 'staff' || doc.visibility === 'public') return true
  if (reader.kind === 'anonymous') return false
  if (doc.visibility === 'members') return true
  return doc.organizationIds.some((id) => reader.organizationIds.some((own) => String(own) === String(id)))
}
