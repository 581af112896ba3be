/** The columns of a member sheet, with the header texts accepted for each (first row of the sheet). */
export const memberColumns = {
  name: ['姓名', '名字', 'name'],
  loginId: ['账号', '登录账号', '登录名', '手机号', '邮箱', 'login', 'loginid', 'email', 'username'],
  organization: ['所在组织', '组织', '党组织', '所在党支部', 'organization'],
  role: ['角色', 'role'],
  password: ['初始密码', '密码', 'password'],
} as const

export type MemberColumn = keyof typeof memberColumns

/** Columns a sheet must have. */
export const requiredMemberColumns: MemberColumn[] = ['name', 'loginId', 'organization']
