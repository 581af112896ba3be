/** Milestones a member earns in a campaign, in the order they are shown. */
export const badgeCodes = ['firstCheckIn', 'checkInGoal', 'readingDone', 'reflection', 'quizPassed', 'completed'] as const

/** One milestone and whether the member has reached it. */
export interface CampaignBadge {
  code: (typeof badgeCodes)[number]
  earned: boolean
}
