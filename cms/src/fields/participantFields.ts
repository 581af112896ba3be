import type { RelationshipField } from 'payload'

/**
 * The campaign and member a participation record belongs to, and the member's organization when it
 * was made (so branch reports and an organizer's reach stay right if the member moves later).
 */
export const participantFields: RelationshipField[] = [
  { name: 'campaign', label: '读书活动', type: 'relationship', relationTo: 'campaigns', required: true, index: true },
  { name: 'member', label: '党员', type: 'relationship', relationTo: 'users', required: true, index: true },
  { name: 'organization', label: '所在组织', type: 'relationship', relationTo: 'organizations', index: true },
]
