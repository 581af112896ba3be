import type { CollectionConfig } from 'payload'
import { campaignStaffField } from '../../access/fieldAccess'
import { readContests } from '../../access/readContests'
import { campaignManagers } from '../../access/recordRules'
import { hasRole } from '../../access/roles'
import { contestEndpoints } from '../../contests/endpoints/contestEndpoints'
import { hostFields, runStatusField } from '../../fields/organizerRunFields'
import { assignCampaignOwner } from '../Campaigns/hooks/assignCampaignOwner'
import { checkCampaignScope } from '../Campaigns/hooks/checkCampaignScope'
import { checkContestPaper } from './hooks/checkContestPaper'
import { validateWindow } from './validateWindow'

const dateTimePicker = { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } } as const
const drawn = (_: unknown, siblingData: { selection?: string }) => siblingData.selection === 'drawn'

/**
 * Knowledge contests (知识竞赛): run by an organization for its whole subtree, with questions from the
 * bank, a time window, a server-enforced time limit per attempt and a ranking (see docs/architecture.md,
 * “Knowledge contests”). Owner and scope follow the campaigns' rules (`assignCampaignOwner`, `checkCampaignScope`).
 */
export const Contests: CollectionConfig = {
  slug: 'contests',
  labels: { singular: '知识竞赛', plural: '知识竞赛' },
  admin: { group: '读书活动', useAsTitle: 'title', defaultColumns: ['title', 'status', 'startsAt', 'endsAt', 'organization'] },
  access: {
    read: readContests,
    create: ({ req }) => hasRole(req, ['admin', 'organizer']),
    update: campaignManagers,
    delete: campaignManagers,
  },
  endpoints: contestEndpoints,
  hooks: {
    beforeValidate: [assignCampaignOwner],
    beforeChange: [checkCampaignScope, checkContestPaper],
  },
  fields: [
    { name: 'title', label: '竞赛名称', type: 'text', required: true, maxLength: 60 },
    { name: 'description', label: '竞赛说明', type: 'textarea', maxLength: 2000 },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', label: '开始时间', type: 'date', required: true, index: true, admin: dateTimePicker },
        { name: 'endsAt', label: '结束时间', type: 'date', required: true, validate: validateWindow, admin: dateTimePicker },
      ],
    },
    {
      name: 'selection',
      label: '出题方式',
      type: 'select',
      required: true,
      defaultValue: 'fixed',
      options: [
        { value: 'fixed', label: '固定题目（从题库选题）' },
        { value: 'drawn', label: '随机抽题（按分类和难度）' },
      ],
    },
    {
      name: 'questions',
      label: '竞赛题目',
      type: 'relationship',
      relationTo: 'questions',
      hasMany: true,
      maxRows: 100,
      // Which questions a contest holds is for its organizers: members meet them only on their paper.
      access: { read: campaignStaffField },
      admin: { condition: (_, siblingData) => siblingData.selection !== 'drawn' },
    },
    {
      name: 'draw',
      label: '抽题规则',
      type: 'group',
      access: { read: campaignStaffField },
      admin: { condition: drawn, description: '每位党员按难度各抽取指定数量的题目' },
      fields: [
        { name: 'topic', label: '分类', type: 'text', maxLength: 60, admin: { description: '留空则从全部分类中抽题' } },
        {
          type: 'row',
          fields: [
            { name: 'easy', label: '容易题数', type: 'number', min: 0, max: 50, defaultValue: 5, required: true },
            { name: 'medium', label: '中等题数', type: 'number', min: 0, max: 50, defaultValue: 10, required: true },
            { name: 'hard', label: '较难题数', type: 'number', min: 0, max: 50, defaultValue: 5, required: true },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'timeLimitMinutes', label: '每次答题限时（分钟）', type: 'number', min: 1, max: 180, defaultValue: 20, required: true },
        { name: 'maxAttempts', label: '可答题次数', type: 'number', min: 1, max: 10, defaultValue: 1, required: true },
        { name: 'passScore', label: '合格分数', type: 'number', min: 0, max: 100, defaultValue: 60, required: true },
        {
          name: 'certificateTop',
          label: '前几名获证书',
          type: 'number',
          min: 0,
          max: 1000,
          defaultValue: 10,
          required: true,
          admin: { description: '合格者和排名前几名的党员可打印证书' },
        },
      ],
    },
    runStatusField,
    ...hostFields('本组织及其下级组织的党员参加竞赛；默认为创建人所在组织'),
  ],
}
