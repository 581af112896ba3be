import { questionKinds } from '@xuexi/contract/questions/questionKinds'
import type { CollectionConfig, Field } from 'payload'
import { canReadContent } from '../../access/canReadContent'
import { staffOnlyField } from '../../access/fieldAccess'
import { isEditor, isStaff } from '../../access/roles'
import { importFields } from '../../fields/importFields'
import { reviewFields } from '../../fields/reviewFields'
import { updatedByField } from '../../fields/updatedByField'
import { visibilityFields } from '../../fields/visibilityFields'
import { questionImportEndpoints } from '../../questions/import/questionImportEndpoints'
import { quizEndpoints } from '../../questions/member/quizEndpoints'
import { difficulties, optionKeys, questionSources } from '../../questions/questionShape'
import { enforceReviewWorkflow } from '../shared/hooks/enforceReviewWorkflow'
import { publishedOnlyForReaders } from '../shared/hooks/publishedOnlyForReaders'
import { answerStats } from './hooks/answerStats'
import { checkQuestionKey } from './hooks/checkQuestionKey'

const kindLabels: Record<(typeof questionKinds)[number], string> = {
  single: '单选题',
  multiple: '多选题',
  trueFalse: '判断题',
  fill: '填空题',
}
const difficultyLabels: Record<(typeof difficulties)[number], string> = { easy: '易', medium: '中', hard: '难' }

// The answer key, the explanation and the passage give the answer away: staff read them; members
// get them from the quiz only after they submit (Payload strips these fields from every read for
// anyone else — REST, GraphQL, versions and questions populated through `depth`).
const answerKeyAccess = { read: staffOnlyField }
const isChoice = (data: Partial<{ kind: string }> | undefined) => data?.kind === 'single' || data?.kind === 'multiple'

const answerField: Field = {
  name: 'answer',
  label: '正确答案',
  type: 'group',
  access: answerKeyAccess,
  fields: [
    {
      name: 'keys',
      label: '正确选项',
      type: 'select',
      hasMany: true,
      options: optionKeys.map((key) => ({ value: key, label: key })),
      admin: { condition: (data) => isChoice(data) },
    },
    {
      // A checkbox, not a 'true'/'false' select: GraphQL cannot name enum values true and false.
      name: 'truth',
      label: '题干的说法正确',
      type: 'checkbox',
      defaultValue: false,
      admin: { condition: (data) => data?.kind === 'trueFalse', description: '勾选表示“正确”，不勾选表示“错误”' },
    },
    {
      name: 'accepted',
      label: '可接受的答案',
      type: 'text',
      hasMany: true,
      maxRows: 10,
      admin: {
        condition: (data) => data?.kind === 'fill',
        description: '比较时忽略首尾空格，全角字符按半角比较；多个空用“；”分隔写在同一个答案里',
      },
    },
  ],
}

/**
 * The question bank (题库). Shape (stable; later changes are additive):
 * `kind` single | multiple | trueFalse | fill; `stem`; `options` [{ key A–F, text }] for choice
 * kinds; `answer` { keys (choice), truth boolean (判断), accepted [text] (填空) } — staff-only
 * read; `explanation` (解析) and `sourcePassage` (the sentence it tests, quoted from the source) —
 * staff-only read; `source` (article, policy, video or lecture); `topic` (分类); `difficulty`
 * easy | medium | hard; `tags`; the content review workflow (drafts, 送审/审核) and visibility.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: { singular: '题目', plural: '题库' },
  admin: {
    group: '答题',
    useAsTitle: 'stem',
    defaultColumns: ['stem', 'kind', 'topic', 'difficulty', 'answerStats', 'reviewStatus', '_status'],
    listSearchableFields: ['stem', 'topic'],
    components: { beforeListTable: ['/questions/import/QuestionImportPanel#QuestionImportPanel'] },
  },
  access: { read: canReadContent, readVersions: isStaff, create: isEditor, update: isStaff, delete: isEditor },
  versions: { drafts: true, maxPerDoc: 20 },
  endpoints: [...quizEndpoints, ...questionImportEndpoints],
  hooks: {
    beforeOperation: [publishedOnlyForReaders],
    beforeChange: [checkQuestionKey, enforceReviewWorkflow],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          label: '题型',
          type: 'select',
          required: true,
          defaultValue: 'single',
          index: true,
          options: questionKinds.map((kind) => ({ value: kind, label: kindLabels[kind] })),
        },
        {
          name: 'difficulty',
          label: '难度',
          type: 'select',
          required: true,
          defaultValue: 'medium',
          index: true,
          options: difficulties.map((level) => ({ value: level, label: difficultyLabels[level] })),
        },
        { name: 'topic', label: '分类', type: 'text', index: true, maxLength: 40, admin: { placeholder: '例如 党章党规' } },
      ],
    },
    {
      name: 'stem',
      label: '题干',
      type: 'textarea',
      required: true,
      maxLength: 500,
      admin: { description: '填空题用“（ ）”标出空格' },
    },
    {
      name: 'options',
      label: '选项',
      labels: { singular: '选项', plural: '选项' },
      type: 'array',
      maxRows: optionKeys.length,
      admin: { condition: (data) => isChoice(data) },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              label: '字母',
              type: 'select',
              required: true,
              options: optionKeys.map((key) => ({ value: key, label: key })),
              admin: { width: '20%' },
            },
            { name: 'text', label: '选项内容', type: 'text', required: true, maxLength: 200 },
          ],
        },
      ],
    },
    answerField,
    { name: 'explanation', label: '解析', type: 'textarea', maxLength: 1000, access: answerKeyAccess },
    {
      type: 'collapsible',
      label: '出处',
      fields: [
        { name: 'source', label: '来源内容', type: 'relationship', relationTo: [...questionSources], index: true },
        {
          name: 'sourcePassage',
          label: '考查的原文',
          type: 'textarea',
          maxLength: 300,
          access: answerKeyAccess,
          admin: { description: '从来源内容中原样摘录的一句话；答题后链接到原文中的这一句' },
        },
      ],
    },
    {
      name: 'answerStats',
      label: '作答统计',
      type: 'text',
      virtual: true,
      access: { read: staffOnlyField, create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      hooks: { afterRead: [answerStats] },
    },
    { name: 'tags', label: '标签', type: 'text', hasMany: true, maxRows: 12, admin: { position: 'sidebar' } },
    ...reviewFields,
    ...visibilityFields,
    updatedByField,
    ...importFields,
  ],
}
