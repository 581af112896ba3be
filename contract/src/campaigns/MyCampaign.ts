/** One of the member's campaigns on 我的学习, with their own progress only. */
export interface MyCampaign {
  id: number
  title: string
  slug: string
  startsOn: string
  endsOn: string
  phase: 'upcoming' | 'running' | 'ended'
  points: number
  completedAt: string | null
  requiredItems: number
  requiredItemsMet: number
  checkInDays: number
  checkInGoal: number
}
