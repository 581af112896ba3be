import type { CollectionConfig } from 'payload'
import { readParticipantRecords, reviewParticipantRecords } from '../../access/recordRules'
import { isAdmin } from '../../access/roles'
import { participantFields } from '../../fields/participantFields'
import { stampReview } from './hooks/stampReview'

/** Reflections (心得体会): one per member and campaign, saved as a draft, submitted, then scored by an organizer. */
export const Reflections: CollectionConfig = {
  slug: 'campaign-reflections',
  labels: { singular: '心得体会', plural: '心得体会' },
  admin: { group: '读书活动', useAsTitle: 'title', defaultColumns: ['title', 'member', 'campaign', 'status', 'score', 'featured'] },
  // The member's fields are written only by saveReflection (SQL); the review fields only here, through stampReview.
  access: { read: readParticipantRecords, create: () => false, update: reviewParticipantRecords, delete: isAdmin },
  indexes: [{ fields: ['campaign', 'member'], unique: true }],
  hooks: { beforeChange: [stampReview] },
  fields: [
    ...participantFields.map((field) => ({ ...field, access: { update: () => false } })),
    { name: 'title', label: '标题', type: 'text', maxLength: 60, access: { update: () => false } },
    { name: 'body', label: '正文', type: 'textarea', required: true, maxLength: 20000, access: { update: () => false } },
    {
      name: 'status',
      label: '状态',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: [
        { value: 'draft', label: '草稿' },
        { value: 'submitted', label: '已提交' },
      ],
      access: { update: () => false },
    },
    { name: 'submittedAt', label: '提交时间', type: 'date', admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'score', label: '评分（百分制）', type: 'number', min: 0, max: 100 },
        { name: 'featured', label: '优秀心得（在活动页展示）', type: 'checkbox', defaultValue: false, index: true },
      ],
    },
    { name: 'comment', label: '组织员评语', type: 'textarea', maxLength: 1000 },
    { name: 'reviewedBy', label: '评阅人', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'reviewedAt', label: '评阅时间', type: 'date', admin: { readOnly: true } },
  ],
}
