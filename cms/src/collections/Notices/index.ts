import type { CollectionConfig } from 'payload'
import { readNotices } from '../../access/recordRules'
import { isAdmin } from '../../access/roles'
import { memberNoticeEndpoints } from '../../campaigns/endpoints/memberNoticeEndpoints'

/** In-portal notices (站内提醒) to one member, e.g. an organizer's reminder about a campaign. */
export const Notices: CollectionConfig = {
  slug: 'notices',
  labels: { singular: '站内提醒', plural: '站内提醒' },
  admin: { group: '读书活动', useAsTitle: 'title', defaultColumns: ['title', 'member', 'campaign', 'readAt', 'createdAt'] },
  endpoints: memberNoticeEndpoints,
  access: {
    read: readNotices,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'member', label: '收件人', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'campaign', label: '读书活动', type: 'relationship', relationTo: 'campaigns', index: true },
    { name: 'title', label: '标题', type: 'text', required: true, maxLength: 80 },
    { name: 'body', label: '内容', type: 'textarea', maxLength: 1000 },
    { name: 'link', label: '链接', type: 'text', maxLength: 300 },
    { name: 'sentBy', label: '发送人', type: 'relationship', relationTo: 'users' },
    { name: 'readAt', label: '已读时间', type: 'date', index: true },
  ],
}
