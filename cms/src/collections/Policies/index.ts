import { documentNumberPattern, normalizeDocumentNumber } from '../../fields/documentNumber'
import { t } from '../../i18n/messages'
import { contentCollection } from '../shared/contentCollection'
import { checkPolicyRules } from './hooks/checkPolicyRules'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy年M月d日' } }

/** Policy documents (政策文件) with 文号, issuer, dates, validity and supersede/amend links both ways. */
export const Policies = contentCollection({
  slug: 'policies',
  labels: { singular: '政策文件', plural: '政策文件' },
  defaultColumns: ['title', 'documentNumber', 'issuer', 'issuedAt', 'validity', 'reviewStatus', '_status'],
  listSearchableFields: ['title', 'documentNumber', 'issuer', 'summary'],
  hooks: { beforeChange: [checkPolicyRules] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'documentNumber',
          label: '文号',
          type: 'text',
          required: true,
          index: true,
          admin: { placeholder: '例如 中发〔2019〕5号' },
          hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normalizeDocumentNumber(value) : value)] },
          validate: (value: string | null | undefined) => !value || documentNumberPattern.test(value) || t('policy.documentNumber'),
        },
        { name: 'issuer', label: '发文机关', type: 'text', required: true, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'issuedAt', label: '印发日期', type: 'date', required: true, admin: dayOnly },
        { name: 'effectiveAt', label: '施行日期', type: 'date', admin: dayOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validity',
          label: '效力状态',
          type: 'select',
          required: true,
          defaultValue: 'current',
          index: true,
          options: [
            { value: 'current', label: '现行有效' },
            { value: 'revised', label: '已修订' },
            { value: 'repealed', label: '已废止' },
          ],
        },
        {
          name: 'level',
          label: '层级',
          type: 'select',
          index: true,
          options: [
            { value: 'central', label: '中央' },
            { value: 'provincial', label: '省级' },
            { value: 'city', label: '市级' },
            { value: 'district', label: '区县级' },
            { value: 'unit', label: '单位' },
          ],
        },
      ],
    },
    { name: 'summary', label: '摘要', type: 'textarea', maxLength: 500 },
    { name: 'body', label: '正文', type: 'richText', required: true },
    {
      name: 'attachments',
      label: '附件（PDF / Word）',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      filterOptions: { mimeType: { in: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] } },
    },
    {
      type: 'collapsible',
      label: '文件关系',
      fields: [
        { name: 'supersedes', label: '本文件废止/替代', type: 'relationship', relationTo: 'policies', hasMany: true },
        { name: 'amends', label: '本文件修订', type: 'relationship', relationTo: 'policies', hasMany: true },
        { name: 'supersededBy', label: '被以下文件废止/替代', type: 'join', collection: 'policies', on: 'supersedes' },
        { name: 'amendedBy', label: '被以下文件修订', type: 'join', collection: 'policies', on: 'amends' },
      ],
    },
  ],
})
