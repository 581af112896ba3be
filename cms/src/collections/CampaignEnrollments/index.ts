import type { CollectionConfig } from 'payload'
import { readParticipantRecords } from '../../access/recordRules'
import { isAdmin } from '../../access/roles'
import { participantFields } from '../../fields/participantFields'

/** Who takes part in a campaign: enrolled automatically as a member of a target organization, or by joining through the link. */
export const CampaignEnrollments: CollectionConfig = {
  slug: 'campaign-enrollments',
  labels: { singular: '报名记录', plural: '报名记录' },
  admin: { group: '读书活动', defaultColumns: ['member', 'campaign', 'organization', 'via', 'createdAt'] },
  // Written only by joinCampaign and enrolTargetMembers (on publish), in SQL: the admin reads and may delete a
  // wrong record, never writes one (docs/architecture.md, "One door to the database").
  access: { read: readParticipantRecords, create: () => false, update: () => false, delete: isAdmin },
  indexes: [{ fields: ['campaign', 'member'], unique: true }],
  fields: [
    ...participantFields,
    {
      name: 'via',
      label: '报名方式',
      type: 'select',
      required: true,
      defaultValue: 'automatic',
      options: [
        { value: 'automatic', label: '自动报名' },
        { value: 'link', label: '链接报名' },
      ],
    },
  ],
}
