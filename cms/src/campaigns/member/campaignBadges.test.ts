import type { CampaignStanding } from '@xuexi/contract/campaigns/CampaignStanding'
import { describe, expect, it } from 'vitest'
import type { CampaignPlan } from '../CampaignPlan'
import { campaignBadges } from './campaignBadges'

const plan: CampaignPlan = {
  id: 1,
  startsOn: '2026-11-01',
  endsOn: '2026-11-30',
  items: [
    { collection: 'articles', itemId: 1, required: true, minSeconds: null },
    { collection: 'articles', itemId: 2, required: false, minSeconds: null },
  ],
  checkInDays: 5,
  reflectionRequired: true,
  reflectionMinLength: 300,
  quiz: { enabled: false, passMark: 60, maxAttempts: 3, revealAnswers: 'afterLastAttempt' },
  points: { perItem: 5, perCheckIn: 1, reflection: 10, quizPassed: 10 },
  leaderboard: 'individual',
  enrolment: 'automatic',
}

const standing = (overrides: Partial<CampaignStanding>): CampaignStanding => ({
  memberId: 1,
  name: '张三',
  organizationId: 1,
  enrolledAt: '2026-11-01T00:00:00.000Z',
  itemsMet: 0,
  metItems: [],
  requiredItemsMet: 0,
  checkInDays: 0,
  reflection: 'none',
  quizBestScore: null,
  quizPassed: false,
  quizAttempts: 0,
  started: false,
  completedAt: null,
  points: 0,
  ...overrides,
})

const earned = (badges: ReturnType<typeof campaignBadges>) => badges.filter((badge) => badge.earned).map((badge) => badge.code)

describe('campaignBadges', () => {
  it('earns nothing before the member starts', () => {
    expect(earned(campaignBadges(plan, standing({})))).toEqual([])
    expect(earned(campaignBadges(plan, null))).toEqual([])
  })

  it('earns the first check-in at once and the check-in goal only at the required number of days', () => {
    expect(earned(campaignBadges(plan, standing({ checkInDays: 4 })))).toEqual(['firstCheckIn'])
    expect(earned(campaignBadges(plan, standing({ checkInDays: 5 })))).toEqual(['firstCheckIn', 'checkInGoal'])
  })

  it('leaves out milestones the campaign does not ask for', () => {
    const codes = campaignBadges({ ...plan, checkInDays: 0, reflectionRequired: false }, null).map((badge) => badge.code)
    expect(codes).toEqual(['firstCheckIn', 'readingDone', 'completed'])
  })

  it('earns the quiz badge only when the quiz was passed', () => {
    const quizPlan = { ...plan, quiz: { ...plan.quiz, enabled: true } }
    expect(earned(campaignBadges(quizPlan, standing({ quizAttempts: 2 })))).toEqual([])
    expect(earned(campaignBadges(quizPlan, standing({ quizPassed: true })))).toEqual(['quizPassed'])
  })

  it('marks the whole campaign completed when the standing says so', () => {
    const done = standing({ checkInDays: 5, requiredItemsMet: 1, reflection: 'submitted', completedAt: '2026-11-10T00:00:00.000Z' })
    expect(earned(campaignBadges(plan, done))).toEqual(['firstCheckIn', 'checkInGoal', 'readingDone', 'reflection', 'completed'])
  })
})
