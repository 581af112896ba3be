import { studyDay } from '@xuexi/contract/chinaTime'
import { formatDate } from '../formatDate'

/** Where a campaign stands on a day: not started, running, or over (days in China Standard Time, both ends included). */
export function campaignPhase(campaign: { startsOn: string; endsOn: string }, now = new Date()): 'upcoming' | 'running' | 'ended' {
  const today = studyDay(now)
  if (today < studyDay(new Date(campaign.startsOn))) return 'upcoming'
  return today > studyDay(new Date(campaign.endsOn)) ? 'ended' : 'running'
}

/** The campaign's period as readers write it, e.g. 2026年11月1日 — 2026年11月30日. */
export function campaignPeriod(campaign: { startsOn: string; endsOn: string }): string {
  return `${formatDate(campaign.startsOn)} — ${formatDate(campaign.endsOn)}`
}
