import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { readParticipantRecords } from '../../access/readParticipantRecords'
import { participantFields } from '../../fields/participantFields'

/** Daily check-ins (打卡): at most one per member, campaign and study day (China Standard Time). */
export const CheckIns: CollectionConfig = {
  slug: 'campaign-check-ins',
  labels: { singular: '打卡记录', plural: '打卡记录' },
  admin: { group: '读书活动', defaultColumns: ['member', 'campaign', 'day', 'createdAt'] },
  access: { read: readParticipantRecords, create: isAdmin, update: isAdmin, delete: isAdmin },
  indexes: [{ fields: ['campaign', 'member', 'day'], unique: true }],
  fields: [
    ...participantFields,
    { name: 'day', label: '打卡日期', type: 'text', required: true, admin: { description: '学习日（北京时间），如 2026-11-22' } },
    { name: 'note', label: '打卡感言', type: 'textarea', maxLength: 200 },
  ],
}
