import type { CollectionConfig } from 'payload'
import { readParticipantRecords } from '../../access/recordRules'
import { isAdmin } from '../../access/roles'
import { participantFields } from '../../fields/participantFields'

/** Daily check-ins (打卡): at most one per member, campaign and study day (China Standard Time). */
export const CheckIns: CollectionConfig = {
  slug: 'campaign-check-ins',
  labels: { singular: '打卡记录', plural: '打卡记录' },
  admin: { group: '读书活动', defaultColumns: ['member', 'campaign', 'day', 'createdAt'] },
  // Written only by the campaign commands (cms/src/campaigns/member, SQL), which award points in the same
  // transaction: the admin reads and may delete a wrong record, never writes one (docs/architecture.md, "One door to the database").
  access: { read: readParticipantRecords, create: () => false, update: () => false, delete: isAdmin },
  indexes: [{ fields: ['campaign', 'member', 'day'], unique: true }],
  fields: [
    ...participantFields,
    { name: 'day', label: '打卡日期', type: 'text', required: true, admin: { description: '学习日（北京时间），如 2026-11-22' } },
    { name: 'note', label: '打卡感言', type: 'textarea', maxLength: 200 },
  ],
}
