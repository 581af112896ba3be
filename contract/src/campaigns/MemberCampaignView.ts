import type { CampaignBadge } from './CampaignBadge'
import type { CampaignStanding } from './CampaignStanding'
import type { OwnReflection } from './OwnReflection'

/** One reading-list item on the member's checklist, with their progress from study tracking. */
export interface ChecklistItem {
  collection: string
  itemId: number
  /** Empty when the member may not read the item (it was unpublished or restricted). */
  title: string
  slug: string
  readable: boolean
  required: boolean
  minMinutes: number | null
  /** Towards the item's own completion, 0–100. */
  percent: number
  activeSeconds: number
  met: boolean
}

/** A reflection an organizer chose to show on the campaign page. */
export interface FeaturedReflection {
  title: string
  body: string
  name: string
  organization: string | null
}

/** Everything the campaign page shows a signed-in member: the campaign, and their own standing in it only. */
export interface MemberCampaignView {
  campaign: {
    id: number
    title: string
    slug: string
    description: string
    startsOn: string
    endsOn: string
    phase: 'upcoming' | 'running' | 'ended'
    enrolment: 'automatic' | 'link'
    leaderboard: 'individual' | 'branch' | 'none'
    checkInDays: number
    reflectionRequired: boolean
    reflectionMinLength: number
    quiz: { enabled: boolean; passMark: number; maxAttempts: number; questionCount: number }
    points: { perItem: number; perCheckIn: number; reflection: number; quizPassed: number }
  }
  today: string
  enrolled: boolean
  canJoin: boolean
  standing: CampaignStanding | null
  checklist: ChecklistItem[]
  checkedInToday: boolean
  reflection: OwnReflection | null
  quiz: { attempts: Array<{ number: number; score: number | null; passed: boolean; submitted: boolean }>; attemptsLeft: number }
  badges: CampaignBadge[]
  featured: FeaturedReflection[]
}
