import { chinaTimeZone } from '@xuexi/contract/chinaTime'

const formatter = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: chinaTimeZone })

/** A date as readers in China write it, e.g. 2026年6月30日 (Beijing time); empty for no date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return ''
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '' : formatter.format(date)
}
