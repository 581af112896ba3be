import type { ArrayField } from 'payload'
import { durationField } from './durationField'

/** Chapters of a video or lecture: start time and title, in order. */
export const chaptersField: ArrayField = {
  name: 'chapters',
  label: '章节',
  labels: { singular: '章节', plural: '章节' },
  type: 'array',
  fields: [
    {
      type: 'row',
      fields: [
        { ...durationField('time', '开始时间'), required: true },
        { name: 'title', label: '章节标题', type: 'text', required: true },
      ],
    },
  ],
}
