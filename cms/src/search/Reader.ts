import type { DocumentId } from '../utilities/idOf'

/** Who is searching, reduced to what decides visibility. */
export type Reader =
  | { kind: 'anonymous' }
  /** A signed-in user: their organization and its ancestors (restricted items for any of them reach the user). */
  | { kind: 'member'; organizationIds: readonly DocumentId[] }
  | { kind: 'staff' }

/** The reader nobody signed in as. */
export const anonymousReader: Reader = { kind: 'anonymous' }

/** Readers who see exactly the same items share a class (and cached answers). */
export function visibilityClass(reader: Reader): string {
  return reader.kind === 'member' ? `member:${reader.organizationIds.map(String).sort().join(',')}` : reader.kind
}
