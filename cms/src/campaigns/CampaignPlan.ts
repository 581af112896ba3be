import type { TrackedCollection } from '@xuexi/contract/study/trackedCollections'

/** One entry of a campaign's reading list, as the rules need it. */
export interface PlannedItem {
  collection: TrackedCollection
  itemId: number
  required: boolean
  /** Least active study time in seconds, on top of the item's own completion; null when not set. */
  minSeconds: number | null
}

/** What a campaign asks of its members and what it awards: everything `campaignStandings` needs. */
export interface CampaignPlan {
  id: number
  /** First and last study day (China Standard Time), YYYY-MM-DD, both included. */
  startsOn: string
  endsOn: string
  items: PlannedItem[]
  checkInDays: number
  reflectionRequired: boolean
  reflectionMinLength: number
  quiz: { enabled: boolean; passMark: number; maxAttempts: number; revealAnswers: 'never' | 'afterLastAttempt' | 'afterEachAttempt' }
  points: { perItem: number; perCheckIn: number; reflection: number; quizPassed: number }
  leaderboard: 'individual' | 'branch' | 'none'
  enrolment: 'automatic' | 'link'
}
