import type { RelationshipField } from 'payload'
import { staffOnlyField } from '../access/fieldAccess'

/** Who saved this version last (kept in every version, so the history shows who changed what); staff read it only. */
export const updatedByField: RelationshipField = {
  name: 'updatedBy',
  label: '最后修改人',
  type: 'relationship',
  relationTo: 'users',
  access: { read: staffOnlyField },
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [({ req, value }) => req.user?.id ?? value],
  },
}
