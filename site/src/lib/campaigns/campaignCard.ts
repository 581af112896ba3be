import { t } from '../../i18n/t'
import type { CardData } from '../present/CardData'
import { campaignPeriod, campaignPhase } from './campaignPhase'
import type { CampaignSummary } from './campaigns'

const tones = { running: 'ok', upcoming: 'accent', ended: 'muted' } as const

/** Card for a campaign: its phase, period and description; marked when the reader already takes part. */
export function campaignCard(campaign: CampaignSummary, joined = false, now = new Date()): CardData {
  const phase = campaignPhase(campaign, now)
  return {
    href: `/campaigns/${campaign.slug}`,
    title: campaign.title,
    summary: campaign.description,
    meta: [campaignPeriod(campaign), ...(joined ? [t('campaigns.joined')] : [])],
    badge: { label: t(`campaigns.phase.${phase}`), tone: tones[phase] },
  }
}
