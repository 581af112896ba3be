import { formatDate } from '../formatDate'

/** Where a campaign stands on a day: not started, running, or over (days in China Standard Time, both ends included). */
export function campaignPhase(campaign: { startsOn: string; endsOn: string }, now = new Date()): 'upcoming' | 'running' | 'ended' {
  const today = chinaDay(now.toISOString())
  if (today < chinaDay(campaign.startsOn)) return 'upcoming'
  return today > chinaDay(campaign.endsOn) ? 'ended' : 'running'
}

/** The campaign's period as readers write it, e.g. 2026年11月1日 — 2026年11月30日. */
export function campaignPeriod(campaign: { startsOn: string; endsOn: string }): string {
  return `${formatDate(campaign.startsOn)} — ${formatDate(campaign.endsOn)}`
}

/** The China day (YYYY-MM-DD) an instant falls on. */
export function chinaDay(value: string): string {
  return new Date(new Date(value).getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}
