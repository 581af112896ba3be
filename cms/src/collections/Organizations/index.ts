import type { CollectionConfig } from 'payload'
import { isAdmin, isLoggedIn } from '../../access/roles'
import { refreshDescendants } from './hooks/refreshDescendants'
import { storeAncestors } from './hooks/storeAncestors'

/** The organization tree (党委 → 党总支 → 党支部); content can be restricted to a subtree. */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: { singular: '组织', plural: '组织' },
  admin: { group: '系统', useAsTitle: 'name', defaultColumns: ['name', 'kind', 'parent'] },
  access: { read: isLoggedIn, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [storeAncestors], afterChange: [refreshDescendants] },
  fields: [
    { name: 'name', label: '名称', type: 'text', required: true, maxLength: 80 },
    {
      name: 'kind',
      label: '类型',
      type: 'select',
      defaultValue: 'branch',
      options: [
        { value: 'committee', label: '党委' },
        { value: 'general', label: '党总支' },
        { value: 'branch', label: '党支部' },
      ],
    },
    { name: 'parent', label: '上级组织', type: 'relationship', relationTo: 'organizations' },
    {
      name: 'ancestors',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      // Derived from `parent` by storeAncestors only: access is decided by it, so nobody writes it directly.
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
