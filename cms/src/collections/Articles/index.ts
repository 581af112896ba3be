import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/isEditor'
import { isStaff } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { validateSlug } from '../../fields/validateSlug'
import { publishedOnlyForReaders } from './hooks/publishedOnlyForReaders'
import { stampPublishedAt } from './hooks/stampPublishedAt'

/** Theory articles (理论文章): long-form study texts in Lexical rich text. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: '理论文章', plural: '理论文章' },
  admin: {
    group: '内容',
    useAsTitle: 'title',
    defaultColumns: ['title', 'author', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'author', 'summary'],
  },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isEditor,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: '-publishedAt',
  hooks: { beforeOperation: [publishedOnlyForReaders], beforeChange: [stampPublishedAt] },
  fields: [
    { name: 'title', label: '标题', type: 'text', required: true, maxLength: 120 },
    {
      name: 'slug',
      label: '网址别名',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validateSlug,
      admin: { position: 'sidebar', description: '文章网址的最后一段，例如 study-notes-2026' },
    },
    {
      name: 'publishedAt',
      label: '发布日期',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' },
        description: '留空则在首次发布时自动填写',
      },
    },
    { name: 'author', label: '作者', type: 'text', maxLength: 120 },
    { name: 'source', label: '来源', type: 'text', maxLength: 120 },
    { name: 'summary', label: '摘要', type: 'textarea', maxLength: 500 },
    { name: 'body', label: '正文', type: 'richText', required: true },
  ],
}
