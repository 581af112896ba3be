import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../access/adminOrSelf'
import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { roles } from '../../access/roles'

const roleLabels = {
  admin: '管理员',
  editor: '编辑',
  reviewer: '审核',
  organizer: '组织员',
  member: '党员/学员',
} as const

/** People who sign in: staff in the admin, members on the portal. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 7 * 24 * 60 * 60,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: '系统',
  },
  access: {
    admin: ({ req }) => hasRole(req, ['admin', 'editor', 'reviewer', 'organizer']),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', label: '姓名', type: 'text', required: true },
    {
      name: 'role',
      label: '角色',
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { update: ({ req }) => hasRole(req, ['admin']) },
      saveToJWT: true,
    },
    { name: 'organization', label: '所在组织', type: 'relationship', relationTo: 'organizations', saveToJWT: true },
  ],
}
