/** Every message the CMS shows to people, in Simplified Chinese, keyed by stable code. */
export const messages = {
  'health.ok': '服务正常',
  'health.databaseDown': '数据库无法连接，请检查 PostgreSQL 是否在运行',
  'slug.invalid': '网址别名只能包含小写字母、数字和连字符（例如 study-notes-2026），长度 3–80',
  'slug.taken': '该网址别名已被其他文章使用，请换一个',
  'user.roleLocked': '只有管理员可以修改角色',
} as const

/** A stable code for a user-facing message. */
export type MessageCode = keyof typeof messages

/** The Chinese text for a message code. */
export function t(code: MessageCode): string {
  return messages[code]
}
