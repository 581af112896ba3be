import { chinaTimeZone } from '@xuexi/contract/chinaTime'
import { t } from '../../i18n/messages'

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: chinaTimeZone,
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** A moment as editors read it: China time, month, day, hours and minutes (12月6日 09:30). */
export function chinaTime(instant: Date | string): string {
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(instant)).map((part) => [part.type, part.value]))
  return `${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`
}

/** Study time in whole minutes, with hours from one hour on (2 小时 5 分钟). */
export function studyDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return t('home.duration.minutes', { minutes })
  return t('home.duration.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
}
