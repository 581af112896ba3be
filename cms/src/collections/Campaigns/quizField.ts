import type { FieldAccess, GroupField } from 'payload'
import { organizerReach } from '../../access/organizationReach'
import { hasRole } from '../../access/roles'
import { contestQuestionWhere } from '../../contests/contestQuestionBank'
import { idOf } from '../../utilities/idOf'
import { validateQuizQuestions } from './validateQuizQuestions'

// The answers stay with the people who manage the campaign; members get questions through a quiz attempt.
const managersOnly: FieldAccess = async ({ req, doc }) => {
  if (hasRole(req, ['admin'])) return true
  if (!hasRole(req, ['organizer'])) return false
  const owner = idOf(doc?.organization)
  return owner === undefined || (await organizerReach(req)).includes(owner)
}

/** The campaign's quiz (答题): pass mark, attempts, and questions (single, multiple choice, true/false) picked from the bank or written here. */
export const quizField: GroupField = {
  name: 'quiz',
  label: '答题测验',
  type: 'group',
  fields: [
    { name: 'enabled', label: '设置答题测验（作为完成要求）', type: 'checkbox', defaultValue: false },
    {
      type: 'row',
      admin: { condition: (_, sibling) => Boolean(sibling?.enabled) },
      fields: [
        { name: 'passMark', label: '及格分（百分制）', type: 'number', min: 0, max: 100, defaultValue: 60, required: true },
        { name: 'maxAttempts', label: '最多答题次数', type: 'number', min: 1, max: 10, defaultValue: 3, required: true },
      ],
    },
    {
      name: 'revealAnswers',
      label: '何时公布正确答案',
      type: 'select',
      required: true,
      defaultValue: 'afterLastAttempt',
      admin: { condition: (_, sibling) => Boolean(sibling?.enabled) },
      options: [
        { value: 'afterLastAttempt', label: '答题次数用完后公布' },
        { value: 'afterEachAttempt', label: '每次交卷后公布（练习用）' },
        { value: 'never', label: '不公布' },
      ],
    },
    {
      name: 'bankQuestions',
      label: '从题库选题',
      type: 'relationship',
      relationTo: 'questions',
      hasMany: true,
      maxRows: 50,
      access: { read: managersOnly },
      // What a member may be asked: published, readable by every member, and a kind the campaign quiz shows.
      filterOptions: { and: [...contestQuestionWhere, { kind: { in: ['single', 'multiple', 'trueFalse'] } }] },
      admin: {
        condition: (_, sibling) => Boolean(sibling?.enabled),
        description: '可与下方自拟题目同时使用；题库题目的答案和解析只在交卷后按公布规则显示。',
      },
    },
    {
      name: 'questions',
      label: '自拟题目',
      labels: { singular: '题目', plural: '题目' },
      type: 'array',
      maxRows: 50,
      access: { read: managersOnly },
      admin: { condition: (_, sibling) => Boolean(sibling?.enabled) },
      validate: validateQuizQuestions,
      fields: [
        {
          name: 'kind',
          label: '题型',
          type: 'select',
          required: true,
          defaultValue: 'single',
          options: [
            { value: 'single', label: '单选题' },
            { value: 'multiple', label: '多选题' },
            { value: 'trueFalse', label: '判断题' },
          ],
        },
        { name: 'prompt', label: '题干', type: 'textarea', required: true, maxLength: 500 },
        {
          name: 'options',
          label: '选项',
          labels: { singular: '选项', plural: '选项' },
          type: 'array',
          minRows: 2,
          maxRows: 8,
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'text', label: '选项内容', type: 'text', required: true, maxLength: 200 },
                { name: 'correct', label: '正确答案', type: 'checkbox', defaultValue: false },
              ],
            },
          ],
        },
        { name: 'explanation', label: '答案解析', type: 'textarea', maxLength: 1000 },
      ],
    },
  ],
}
