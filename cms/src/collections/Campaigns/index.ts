import type { CollectionConfig } from 'payload'
import { readCampaigns } from '../../access/readCampaigns'
import { campaignManagers } from '../../access/recordRules'
import { hasRole } from '../../access/roles'
import { memberCampaignEndpoints } from '../../campaigns/endpoints/memberCampaignEndpoints'
import { organizerCampaignEndpoints } from '../../campaigns/endpoints/organizerCampaignEndpoints'
import { hostFields, runStatusField } from '../../fields/organizerRunFields'
import { slugField } from '../../fields/slugField'
import { trackMediaUseAfterChange, trackMediaUseAfterDelete } from '../shared/hooks/trackMediaUse'
import { assignCampaignOwner } from './hooks/assignCampaignOwner'
import { checkCampaignScope } from './hooks/checkCampaignScope'
import { checkReadingList } from './hooks/checkReadingList'
import { enrolOnPublish } from './hooks/enrolOnPublish'
import { quizField } from './quizField'
import { readingListField } from './readingListField'
import { validatePeriod } from './validatePeriod'

const dayPicker = { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } } as const

/** Reading campaigns (读书活动): a reading list, a period and rules for the members of chosen organizations. */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: '读书活动', plural: '读书活动' },
  admin: {
    group: '读书活动',
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'startsOn', 'endsOn', 'organization'],
  },
  access: {
    read: readCampaigns,
    create: ({ req }) => hasRole(req, ['admin', 'organizer']),
    update: campaignManagers,
    delete: campaignManagers,
  },
  endpoints: [...memberCampaignEndpoints, ...organizerCampaignEndpoints],
  hooks: {
    beforeValidate: [assignCampaignOwner],
    beforeChange: [checkCampaignScope, checkReadingList],
    afterChange: [enrolOnPublish, trackMediaUseAfterChange],
    afterDelete: [trackMediaUseAfterDelete],
  },
  fields: [
    { name: 'title', label: '活动名称', type: 'text', required: true, maxLength: 60 },
    { name: 'description', label: '活动介绍', type: 'textarea', maxLength: 2000 },
    { name: 'cover', label: '封面图', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
    {
      type: 'row',
      fields: [
        { name: 'startsOn', label: '开始日期', type: 'date', required: true, index: true, admin: dayPicker },
        { name: 'endsOn', label: '结束日期', type: 'date', required: true, validate: validatePeriod, admin: dayPicker },
      ],
    },
    {
      name: 'targetOrganizations',
      label: '参加组织',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      required: true,
      admin: { description: '所选组织及其下级组织的党员参加本活动' },
    },
    {
      name: 'enrolment',
      label: '报名方式',
      type: 'select',
      required: true,
      defaultValue: 'automatic',
      options: [
        { value: 'automatic', label: '自动报名（参加组织的党员全部参加）' },
        { value: 'link', label: '自主报名（党员通过链接或二维码报名）' },
      ],
    },
    readingListField,
    {
      name: 'rules',
      label: '完成要求',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'checkInDays', label: '打卡天数', type: 'number', min: 0, max: 366, defaultValue: 7, required: true },
            { name: 'reflectionRequired', label: '需提交心得体会', type: 'checkbox', defaultValue: true },
            { name: 'reflectionMinLength', label: '心得最少字数', type: 'number', min: 20, max: 5000, defaultValue: 300, required: true },
          ],
        },
      ],
    },
    quizField,
    {
      name: 'points',
      label: '活动积分',
      type: 'group',
      admin: { description: '计入本活动排行榜的积分' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'perItem', label: '每完成一项书目', type: 'number', min: 0, max: 100, defaultValue: 5, required: true },
            { name: 'perCheckIn', label: '每次打卡', type: 'number', min: 0, max: 100, defaultValue: 1, required: true },
            { name: 'reflection', label: '提交心得', type: 'number', min: 0, max: 100, defaultValue: 10, required: true },
            { name: 'quizPassed', label: '测验及格', type: 'number', min: 0, max: 100, defaultValue: 10, required: true },
          ],
        },
      ],
    },
    {
      name: 'leaderboard',
      label: '排行榜',
      type: 'select',
      required: true,
      defaultValue: 'individual',
      options: [
        { value: 'individual', label: '个人排行' },
        { value: 'branch', label: '支部排行' },
        { value: 'none', label: '不显示排行榜' },
      ],
    },
    runStatusField,
    {
      name: 'isPublic',
      label: '对未登录访客公开活动介绍',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar' },
    },
    slugField(),
    ...hostFields('默认为创建人所在组织'),
  ],
}
