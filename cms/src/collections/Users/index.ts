import type { CollectionConfig } from 'payload'
import { adminOnlyField } from '../../access/fieldAccess'
import { adminOrSelf, readUsers } from '../../access/recordRules'
import { hasRole, isAdmin, roles } from '../../access/roles'
import { countResetMail, protectSignIn, releaseOnUnlock, rememberSignIn } from '../../accounts/protectSignIn'
import { verifyDisabled } from '../../accounts/verifyDisabled'
import { holdSessionForRefresh } from '../../auth/holdSessionForRefresh'
import { readerClassStrategy } from '../../auth/readerClassStrategy'
import { sessionCookies } from '../../auth/sessionCookies'
import { importMembersEndpoint } from '../../members/importMembersEndpoint'
import { memberTemplateEndpoint } from '../../members/memberTemplateEndpoint'
import { passwordResetHtml, passwordResetSubject } from './passwordResetEmail'

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
    // Payload's lockout locks an account for everyone after five failures from anywhere, so any stranger
    // could keep its owner out; sign-in throttling (accounts/protectSignIn) replaces it.
    maxLoginAttempts: 0,
    tokenExpiration: 7 * 24 * 60 * 60,
    cookies: sessionCookies,
    // The portal's reads for a visibility class (see auth/readerClassStrategy); a request without its header passes on to Payload's JWT.
    strategies: [readerClassStrategy],
    // Members sign in with an e-mail or a login id such as a phone number (bulk-created members may have no e-mail).
    loginWithUsername: { allowEmailLogin: true, requireEmail: false, requireUsername: false },
    forgotPassword: { generateEmailSubject: passwordResetSubject, generateEmailHTML: passwordResetHtml },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'username', 'email', 'role', 'organization'],
    group: '系统',
    components: { beforeListTable: ['/members/MemberImportPanel#MemberImportPanel'] },
  },
  endpoints: [importMembersEndpoint, memberTemplateEndpoint, verifyDisabled],
  access: {
    admin: ({ req }) => hasRole(req, ['admin', 'editor', 'reviewer', 'organizer']),
    create: isAdmin,
    read: readUsers,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [protectSignIn, holdSessionForRefresh],
    afterLogin: [rememberSignIn],
    afterForgotPassword: [countResetMail],
    afterOperation: [releaseOnUnlock],
  },
  // Everyone may change their own name and password; what decides access or identity only an administrator.
  fields: [
    { name: 'name', label: '姓名', type: 'text', required: true },
    { name: 'email', type: 'email', access: { create: adminOnlyField('email', '邮箱'), update: adminOnlyField('email', '邮箱') } },
    {
      name: 'username',
      type: 'text',
      access: { create: adminOnlyField('username', '登录账号'), update: adminOnlyField('username', '登录账号') },
    },
    {
      name: 'role',
      label: '角色',
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: adminOnlyField('role', '角色'), update: adminOnlyField('role', '角色') },
      saveToJWT: true,
    },
    {
      name: 'organization',
      label: '所在组织',
      type: 'relationship',
      relationTo: 'organizations',
      saveToJWT: true,
      access: { create: adminOnlyField('organization', '所在组织'), update: adminOnlyField('organization', '所在组织') },
    },
  ],
}
