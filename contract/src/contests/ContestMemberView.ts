/** The contest page's data for one member (`GET /api/contests/:id/me`). */
export interface ContestMemberView {
  contest: {
    id: number
    title: string
    description: string | null
    startsAt: string
    endsAt: string
    timeLimitMinutes: number
    maxAttempts: number
    passScore: number
    certificateTop: number
  }
  phase: 'upcoming' | 'running' | 'ended'
  attempts: Array<{ number: number; submitted: boolean; score: number | null; deadlineAt: string }>
  /** The attempt to continue, if one is open and its time runs. */
  openAttempt: number | null
  canStart: boolean
  result: { score: number; rank: number; durationSeconds: number; passed: boolean } | null
  /** Passed, or ranked within the contest's certificate places. */
  certificate: boolean
}
