import type { DateField } from 'payload'

/** The date shown to readers; filled in on first publication when left empty. */
export const publishedAtField: DateField = {
  name: 'publishedAt',
  label: '发布日期',
  type: 'date',
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' },
    description: '留空则在首次发布时自动填写',
  },
}
