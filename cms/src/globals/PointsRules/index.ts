import type { Field, GlobalConfig } from 'payload'
import { isAdmin } from '../../access/roles'
import { defaultDailyQuizSize } from '../../questions/daily/dailyQuizSize'
import { defaultPointsRules, forgetPointsRules, type PointsKind } from '../../tracking/pointsRules'

function ruleGroup(name: PointsKind, label: string, unitLabel: string): Field {
  const defaults = defaultPointsRules[name]
  const fields: Field[] = [
    { name: 'points', label: `每${unitLabel}积分`, type: 'number', required: true, min: 0, defaultValue: defaults.points },
    { name: 'dailyCap', label: '每日上限（积分）', type: 'number', required: true, min: 0, defaultValue: defaults.dailyCap },
  ]
  if (defaults.unitSeconds !== undefined) {
    fields.unshift({
      name: 'unitSeconds',
      label: `${unitLabel}（秒）`,
      type: 'number',
      required: true,
      min: 1,
      defaultValue: defaults.unitSeconds,
      admin: { description: '有效学习时长每满这么多秒计一次积分' },
    })
  }
  return { name, label, type: 'group', fields: [{ type: 'row', fields }] }
}

/** Points per kind of study and each kind's daily cap, editable by admins. */
export const PointsRules: GlobalConfig = {
  slug: 'points-rules',
  label: '积分规则',
  admin: { group: '系统', description: '学习积分：按有效学习时长或次数计分，每类每天有上限。修改后新的学习记录立即按新规则计分。' },
  access: { read: () => true, update: isAdmin },
  hooks: { afterChange: [() => forgetPointsRules()] },
  fields: [
    ruleGroup('reading', '阅读', '单位时长'),
    ruleGroup('watching', '观看', '单位时长'),
    ruleGroup('checkIn', '签到', '次'),
    ruleGroup('quiz', '答题（通过）', '次'),
    ruleGroup('dailyQuiz', '每日答题（答对）', '题'),
    {
      name: 'dailyQuizSize',
      label: '每日答题题数',
      type: 'number',
      required: true,
      min: 1,
      max: 20,
      defaultValue: defaultDailyQuizSize,
      admin: { description: '每位党员每天抽到的题目数量（北京时间按天计）' },
    },
  ],
}
