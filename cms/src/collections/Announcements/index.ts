import { contentCollection } from '../shared/contentCollection'

/** Notices (通知公告): can be pinned to the top and expire. */
export const Announcements = contentCollection({
  slug: 'announcements',
  labels: { singular: '通知公告', plural: '通知公告' },
  defaultColumns: ['title', 'pinned', 'publishedAt', 'expiresAt', 'reviewStatus', '_status'],
  taxonomy: false,
  fields: [
    { name: 'summary', label: '摘要', type: 'textarea', maxLength: 300 },
    { name: 'body', label: '正文', type: 'richText', required: true },
  ],
  sidebarFields: [
    { name: 'pinned', label: '置顶', type: 'checkbox', defaultValue: false, index: true, admin: { position: 'sidebar' } },
    {
      name: 'expiresAt',
      label: '有效期至',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        description: '过期后不再在首页显示',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' },
      },
    },
  ],
})
