import type { RelationshipField } from 'payload'

/** The topics (专题) an item belongs to; any item can be in several. */
export const topicsField: RelationshipField = {
  name: 'topics',
  label: '所属专题',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  admin: { position: 'sidebar' },
}
