import { chaptersField, durationField } from '../../fields/mediaTimeFields'
import { contentCollection } from '../shared/contentCollection'

/** Expert lectures and 微党课: speaker, format, media or slides, chapters and transcript. */
export const Lectures = contentCollection({
  slug: 'lectures',
  labels: { singular: '专家讲座', plural: '专家讲座' },
  defaultColumns: ['title', 'speaker.name', 'format', 'heldAt', 'reviewStatus', '_status'],
  listSearchableFields: ['title', 'summary', 'speaker.name'],
  fields: [
    {
      name: 'speaker',
      label: '主讲人',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: '姓名', type: 'text', required: true },
            { name: 'title', label: '职称/职务', type: 'text' },
            { name: 'affiliation', label: '单位', type: 'text' },
          ],
        },
        { name: 'bio', label: '简介', type: 'textarea' },
        { name: 'photo', label: '照片', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          label: '形式',
          type: 'select',
          required: true,
          defaultValue: 'video',
          index: true,
          options: [
            { value: 'video', label: '视频' },
            { value: 'audio', label: '音频' },
            { value: 'slides', label: '课件' },
          ],
        },
        {
          name: 'heldAt',
          label: '举办日期',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' } },
        },
        durationField(),
      ],
    },
    { name: 'summary', label: '内容提要', type: 'textarea', maxLength: 500 },
    {
      name: 'media',
      label: '音视频文件',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { in: ['video/mp4', 'audio/mpeg', 'audio/mp4'] } },
    },
    {
      name: 'slides',
      label: '课件（PDF）',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    chaptersField,
    { name: 'transcript', label: '文字实录', type: 'richText' },
  ],
})
