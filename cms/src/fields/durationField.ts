import { parseDuration } from '@xuexi/contract/content/parseDuration'
import type { TextField } from 'payload'
import { t } from '../i18n/messages'

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
