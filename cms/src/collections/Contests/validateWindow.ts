import { t } from '../../i18n/messages'

/** A contest cannot close before it opens. */
export function validateWindow(value: unknown, { siblingData }: { siblingData: { startsAt?: string | null } }): true | string {
  if (!value || !siblingData.startsAt) return true
  return Date.parse(String(value)) > Date.parse(siblingData.startsAt) || t('contest.windowReversed')
}
