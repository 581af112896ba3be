import type { ContestBranch } from './ContestBranch'

/** One ranked participant: best score, then less time, then who handed in first; `me` marks the viewer's own row (no member ids leave the server). */
export interface RankedParticipant {
  rank: number
  me: boolean
  name: string
  organization: string | null
  score: number
  durationSeconds: number
}

/** The leaderboard: the top participants, the viewer's own place, and the branches rolled up the tree. */
export interface ContestLeaderboard {
  participants: number
  top: RankedParticipant[]
  me: { rank: number; score: number; durationSeconds: number } | null
  branches: ContestBranch[]
}
