import type { CollectionConfig } from 'payload'
import { readParticipantRecords } from '../../access/recordRules'
import { isAdmin } from '../../access/roles'
import { participantFields } from '../../fields/participantFields'

/** Quiz attempts (答题记录): the shuffle seed an attempt was shown with, and once submitted, the answers and score. */
export const QuizAttempts: CollectionConfig = {
  slug: 'quiz-attempts',
  labels: { singular: '答题记录', plural: '答题记录' },
  admin: { group: '读书活动', defaultColumns: ['member', 'campaign', 'number', 'score', 'passed', 'submittedAt'] },
  // Written only by the campaign commands (cms/src/campaigns/member, SQL), which award points in the same
  // transaction: the admin reads and may delete a wrong record, never writes one (docs/architecture.md, "One door to the database").
  access: { read: readParticipantRecords, create: () => false, update: () => false, delete: isAdmin },
  indexes: [{ fields: ['campaign', 'member', 'number'], unique: true }],
  fields: [
    ...participantFields,
    { name: 'number', label: '第几次', type: 'number', required: true, min: 1 },
    { name: 'seed', type: 'number', required: true, admin: { hidden: true } },
    { name: 'answers', label: '作答', type: 'json' },
    { name: 'score', label: '得分', type: 'number', min: 0, max: 100 },
    { name: 'passed', label: '及格', type: 'checkbox', defaultValue: false },
    { name: 'submittedAt', label: '交卷时间', type: 'date' },
  ],
}
