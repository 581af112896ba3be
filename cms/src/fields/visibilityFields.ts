import type { Field } from 'payload'
import { t } from '../i18n/messages'

/** Who may read an item: everyone, signed-in members, or members of chosen organizations (and their subtrees). */
export const visibilityFields: Field[] = [
  {
    name: 'visibility',
    label: '可见范围',
    type: 'select',
    required: true,
    defaultValue: 'public',
    index: true,
    options: [
      { value: 'public', label: '公开' },
      { value: 'members', label: '仅登录党员' },
      { value: 'organizations', label: '指定组织' },
    ],
    admin: { position: 'sidebar' },
  },
  {
    name: 'organizations',
    label: '可见组织',
    type: 'relationship',
    relationTo: 'organizations',
    hasMany: true,
    admin: {
      position: 'sidebar',
      condition: (data) => data?.visibility === 'organizations',
      description: '所选组织及其下级组织的党员可见',
    },
    validate: (value: unknown, { siblingData }: { siblingData: { visibility?: string } }) =>
      siblingData.visibility !== 'organizations' || (Array.isArray(value) && value.length > 0) || t('visibility.needsOrganizations'),
  },
]
