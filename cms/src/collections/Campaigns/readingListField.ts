import { trackedCollections } from '@xuexi/contract/study/trackedCollections'
import type { ArrayField } from 'payload'

/** The campaign's ordered reading list (书目): any content type, required or optional, with an optional minimum time. */
export const readingListField: ArrayField = {
  name: 'readingList',
  label: '学习书目',
  labels: { singular: '学习内容', plural: '学习内容' },
  type: 'array',
  minRows: 1,
  maxRows: 50,
  required: true,
  fields: [
    { name: 'item', label: '学习内容', type: 'relationship', relationTo: [...trackedCollections], required: true },
    {
      type: 'row',
      fields: [
        { name: 'required', label: '必学', type: 'checkbox', defaultValue: true },
        {
          name: 'minMinutes',
          label: '最少学习时长（分钟）',
          type: 'number',
          min: 0,
          max: 600,
          admin: { description: '留空则按内容本身的完成标准（读完或看完）' },
        },
      ],
    },
  ],
}
