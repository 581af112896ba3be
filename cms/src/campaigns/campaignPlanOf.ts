import { studyDay } from '@xuexi/contract/chinaTime'
import type { Campaign } from '@xuexi/contract/payload-types'
import type { TrackedCollection } from '@xuexi/contract/study/trackedCollections'
import { idOf } from '../utilities/idOf'
import type { CampaignPlan } from './CampaignPlan'

/** The rules of a campaign document (any depth): its days in China Standard Time and its reading list in order. */
export function campaignPlanOf(campaign: Campaign): CampaignPlan {
  return {
    id: campaign.id,
    startsOn: studyDay(new Date(campaign.startsOn)),
    endsOn: studyDay(new Date(campaign.endsOn)),
    items: (campaign.readingList ?? []).map((entry) => ({
      collection: entry.item.relationTo as TrackedCollection,
      itemId: idOf(entry.item.value) as number,
      required: entry.required !== false,
      minSeconds: entry.minMinutes ? Math.round(entry.minMinutes * 60) : null,
    })),
    checkInDays: campaign.rules?.checkInDays ?? 0,
    reflectionRequired: campaign.rules?.reflectionRequired !== false,
    reflectionMinLength: campaign.rules?.reflectionMinLength ?? 300,
    quiz: {
      enabled: Boolean(campaign.quiz?.enabled),
      passMark: campaign.quiz?.passMark ?? 60,
      maxAttempts: campaign.quiz?.maxAttempts ?? 3,
      revealAnswers: campaign.quiz?.revealAnswers ?? 'afterLastAttempt',
    },
    points: {
      perItem: campaign.points?.perItem ?? 0,
      perCheckIn: campaign.points?.perCheckIn ?? 0,
      reflection: campaign.points?.reflection ?? 0,
      quizPassed: campaign.points?.quizPassed ?? 0,
    },
    leaderboard: campaign.leaderboard,
    enrolment: campaign.enrolment,
  }
}
