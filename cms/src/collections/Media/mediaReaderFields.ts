import type { Field, FieldAccess } from 'payload'
import { hasRole, staffRoles } from '../../access/roles'

// Written only by hooks (Local API with access overridden): nobody sets them by hand, not even admins.
const derived: FieldAccess = () => false
const staffOnly: FieldAccess = ({ req }) => hasRole(req, staffRoles)

/** Who may read the file, derived from the published items that use it (see `syncMediaUse`), and who uploaded it. */
export const mediaReaderFields: Field[] = [
  {
    name: 'readers',
    label: '可见范围（按使用它的内容自动计算）',
    type: 'select',
    defaultValue: 'staff',
    index: true,
    options: [
      { value: 'public', label: '所有人' },
      { value: 'members', label: '登录党员' },
      { value: 'organizations', label: '指定组织' },
      { value: 'staff', label: '仅工作人员（未被已发布内容使用）' },
    ],
    access: { create: derived, update: derived },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'readerOrganizations',
    label: '可见组织',
    type: 'relationship',
    relationTo: 'organizations',
    hasMany: true,
    access: { create: derived, update: derived, read: staffOnly },
    admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.readers === 'organizations' },
  },
  {
    name: 'usedBy',
    type: 'text',
    hasMany: true,
    index: true,
    access: { create: derived, update: derived, read: staffOnly },
    admin: { hidden: true },
  },
  {
    name: 'uploadedBy',
    label: '上传者',
    type: 'relationship',
    relationTo: 'users',
    access: { create: derived, update: derived, read: staffOnly },
    admin: { readOnly: true, position: 'sidebar' },
  },
]
