import type { Field } from 'payload'
import { staffOnlyField } from '../access/fieldAccess'

const staffOnly = { read: staffOnlyField }

/** The editorial review state: editors submit, reviewers approve or send back with a comment. Staff read it only. */
export const reviewFields: Field[] = [
  {
    name: 'reviewStatus',
    label: '审核状态',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    access: staffOnly,
    options: [
      { value: 'draft', label: '编辑中' },
      { value: 'submitted', label: '待审核' },
      { value: 'approved', label: '审核通过' },
      { value: 'rejected', label: '已退回' },
    ],
    admin: { position: 'sidebar', description: '编辑提交审核；审核人员通过或退回。只有审核通过的内容才能发布。' },
  },
  {
    name: 'reviewComment',
    label: '审核意见',
    type: 'textarea',
    access: staffOnly,
    admin: { position: 'sidebar', description: '退回时必须填写' },
  },
  {
    // Who last submitted the item for review: the editor a returned item goes back to.
    name: 'submittedBy',
    label: '提交人',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    // Set by enforceReviewWorkflow only; nobody writes it directly.
    access: { ...staffOnly, create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'reviewedBy',
    label: '审核人',
    type: 'relationship',
    relationTo: 'users',
    access: staffOnly,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'reviewedAt',
    label: '审核时间',
    type: 'date',
    access: staffOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
]
