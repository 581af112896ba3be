import { parseDuration } from '@xuexi/contract/content/parseDuration'
import type { ArrayField, TextField } from 'payload'
import { t } from '../i18n/messages'

// Fields of timed media (videos, lectures): a length, and chapters by their start time.

/** A media length typed as m:ss or h:mm:ss. */
export function durationField(name = 'duration', label = '时长'): TextField {
  return {
    name,
    label,
    type: 'text',
    admin: { placeholder: '例如 45:00 或 1:05:30' },
    validate: (value: string | null | undefined) => !value || parseDuration(value) !== undefined || t('duration.invalid'),
  }
}

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
