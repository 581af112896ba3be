import { t } from '../i18n/t'

/** Study seconds as hours and minutes ("1 小时 5 分", "12 分钟"); under a minute shows as 0 分钟. */
export function formatStudyTime(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return t('study.time.m', { minutes })
  return t('study.time.hm', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
}
