import type { CollectionConfig } from 'payload'
import { staffOnlyField } from '../../access/fieldAccess'
import { readTopicQuizzes } from '../../access/readTopicQuizzes'
import { isEditor, isStaff } from '../../access/roles'
import { reviewFields } from '../../fields/reviewFields'
import { updatedByField } from '../../fields/updatedByField'
import { visibilityFields } from '../../fields/visibilityFields'
import { t } from '../../i18n/messages'
import { topicQuizEndpoints } from '../../questions/topicQuizzes/topicQuizEndpoints'
import { enforceReviewWorkflow } from '../shared/hooks/enforceReviewWorkflow'
import { publishedOnlyForReaders } from '../shared/hooks/publishedOnlyForReaders'
import { checkTopicQuizQuestions } from './hooks/checkTopicQuizQuestions'

const dateTimePicker = { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm' } } as const

/**
 * 专项答题 (topic quizzes): an editor-curated set of bank questions for a topic or a new policy,
 * open from `opensAt` to `closesAt`, with the content's review workflow and visibility. Which
 * questions a set holds is staff-only; members meet them on the paper, without the answers until
 * they submit (see docs/architecture.md, “Topic quizzes”).
 */
export const TopicQuizzes: CollectionConfig = {
  slug: 'topic-quizzes',
  labels: { singular: '专项答题', plural: '专项答题' },
  // Payload would singularize the slug to “TopicQuizz”.
  typescript: { interface: 'TopicQuiz' },
  graphQL: { singularName: 'TopicQuiz', pluralName: 'TopicQuizzes' },
  admin: {
    group: '答题',
    useAsTitle: 'title',
    defaultColumns: ['title', 'topic', 'opensAt', 'closesAt', 'reviewStatus', '_status'],
  },
  access: { read: readTopicQuizzes, readVersions: isStaff, create: isEditor, update: isStaff, delete: isEditor },
  versions: { drafts: true, maxPerDoc: 20 },
  endpoints: topicQuizEndpoints,
  hooks: {
    beforeOperation: [publishedOnlyForReaders],
    beforeChange: [checkTopicQuizQuestions, enforceReviewWorkflow],
  },
  fields: [
    { name: 'title', label: '名称', type: 'text', required: true, maxLength: 60 },
    {
      name: 'description',
      label: '说明',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: '答题页顶部显示，如学习要求和出题范围' },
    },
    {
      type: 'row',
      fields: [
        { name: 'topic', label: '分类', type: 'text', maxLength: 40, admin: { placeholder: '例如 党章党规' } },
        {
          name: 'policy',
          label: '相关政策文件',
          type: 'relationship',
          relationTo: 'policies',
          admin: { description: '围绕一项新政策出题时选择，答题页链接到原文' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', label: '开始时间', type: 'date', required: true, index: true, admin: dateTimePicker },
        {
          name: 'closesAt',
          label: '结束时间',
          type: 'date',
          required: true,
          index: true,
          admin: dateTimePicker,
          validate: (value: unknown, { siblingData }: { siblingData: { opensAt?: string | null } }) =>
            !value || !siblingData.opensAt || Date.parse(String(value)) > Date.parse(siblingData.opensAt) || t('topicQuiz.windowReversed'),
        },
      ],
    },
    {
      name: 'questions',
      label: '题目',
      type: 'relationship',
      relationTo: 'questions',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 50,
      // Staff-only: members meet the questions on their paper, where nothing gives the answer away.
      access: { read: staffOnlyField },
      admin: { description: '从题库中选择，按所选顺序出题；发布时题目须已发布' },
    },
    ...reviewFields,
    ...visibilityFields,
    updatedByField,
  ],
}
