import { badgeCodes, type CampaignBadge } from '@xuexi/contract/campaigns/CampaignBadge'
import type { CampaignStanding } from '@xuexi/contract/campaigns/CampaignStanding'
import type { CampaignPlan } from '../CampaignPlan'

/** The milestones that apply to the campaign's rules (no check-in goal without required days, no quiz badge without a quiz). */
export function campaignBadges(plan: CampaignPlan, standing: CampaignStanding | null): CampaignBadge[] {
  const required = plan.items.filter((item) => item.required).length
  const earned: Record<CampaignBadge['code'], boolean | null> = {
    firstCheckIn: (standing?.checkInDays ?? 0) >= 1,
    checkInGoal: plan.checkInDays > 1 ? (standing?.checkInDays ?? 0) >= plan.checkInDays : null,
    readingDone: required > 0 ? (standing?.requiredItemsMet ?? 0) >= required : null,
    reflection: plan.reflectionRequired ? standing?.reflection === 'submitted' : null,
    quizPassed: plan.quiz.enabled ? (standing?.quizPassed ?? false) : null,
    completed: Boolean(standing?.completedAt),
  }
  return badgeCodes.flatMap((code) => (earned[code] === null ? [] : [{ code, earned: earned[code] === true }]))
}
