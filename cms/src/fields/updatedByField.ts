import type { RelationshipField } from 'payload'

/** Who saved this version last (kept in every version, so the history shows who changed what). */
export const updatedByField: RelationshipField = {
  name: 'updatedBy',
  label: '最后修改人',
  type: 'relationship',
  relationTo: 'users',
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [({ req, value }) => req.user?.id ?? value],
  },
}
