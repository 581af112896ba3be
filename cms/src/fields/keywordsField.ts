import type { TextField } from 'payload'

/** Short keywords (关键词) used by search and related items. */
export const keywordsField: TextField = {
  name: 'keywords',
  label: '关键词',
  type: 'text',
  hasMany: true,
  maxRows: 12,
  admin: { position: 'sidebar' },
}
