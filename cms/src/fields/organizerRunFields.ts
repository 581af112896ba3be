import type { Field } from 'payload'
import { campaignStaffField } from '../access/fieldAccess'

/** Whether an organizer's campaign or contest is out for members (草稿 / 已发布); no review step. */
export const runStatusField: Field = {
  name: 'status',
  label: '状态',
  type: 'select',
  required: true,
  defaultValue: 'draft',
  index: true,
  options: [
    { value: 'draft', label: '草稿' },
    { value: 'published', label: '已发布' },
  ],
  admin: { position: 'sidebar' },
}

/**
 * Who runs a campaign or contest: the host organization (its subtree takes part; `hint` says how) and
 * the organizer who created it (set by `assignCampaignOwner`, read by staff only).
 */
export function hostFields(hint: string): Field[] {
  return [
    {
      name: 'organization',
      label: '主办组织',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      admin: { position: 'sidebar', description: hint },
    },
    {
      name: 'organizer',
      label: '创建人',
      type: 'relationship',
      relationTo: 'users',
      access: { read: campaignStaffField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ]
}
