import { t } from '../../i18n/messages'

/** The last day of a campaign cannot come before its first. */
export function validatePeriod(value: unknown, { siblingData }: { siblingData: { startsOn?: string | null } }): true | string {
  if (!value || !siblingData.startsOn) return true
  return Date.parse(String(value)) >= Date.parse(siblingData.startsOn) || t('campaign.periodReversed')
}
