import { staffOnlyField } from '../../access/fieldAccess'
import { contentCollection } from '../shared/contentCollection'
import { fillFromWordDocument } from './hooks/fillFromWordDocument'

/** Theory articles (理论文章): long-form study texts in rich text. */
export const Articles = contentCollection({
  slug: 'articles',
  labels: { singular: '理论文章', plural: '理论文章' },
  defaultColumns: ['title', 'author', 'publishedAt', 'reviewStatus', '_status', 'visibility'],
  listSearchableFields: ['title', 'author', 'summary'],
  hooks: { beforeOperation: [fillFromWordDocument] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'author', label: '作者', type: 'text', maxLength: 120 },
        { name: 'source', label: '来源', type: 'text', maxLength: 120 },
      ],
    },
    { name: 'summary', label: '摘要', type: 'textarea', maxLength: 500 },
    { name: 'cover', label: '封面图', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
    { name: 'body', label: '正文', type: 'richText', required: true },
  ],
  sidebarFields: [
    {
      name: 'sourceDocument',
      label: '从 Word 文件导入',
      type: 'upload',
      relationTo: 'media',
      access: { read: staffOnlyField },
      filterOptions: { mimeType: { equals: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } },
      admin: {
        position: 'sidebar',
        description: '上传 .docx 后保存草稿：正文为空时，自动用 Word 内容（标题、列表、加粗、表格、图片）填充正文和标题',
      },
    },
  ],
})
