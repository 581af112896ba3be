/** The leaderboard as the campaign's mode shows it: names and points, branch totals and averages, or nothing. */
export type Leaderboard =
  | { mode: 'none' }
  | {
      mode: 'individual'
      rows: Array<{ rank: number; name: string; points: number; me: boolean }>
      me: { rank: number; points: number } | null
      participants: number
    }
  | {
      mode: 'branch'
      rows: Array<{ rank: number; organization: string; members: number; totalPoints: number; averagePoints: number; mine: boolean }>
    }
