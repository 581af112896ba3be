/** What the 每日答题 card shows a member about today's paper (China time); `total` is null until it is drawn. */
export interface DailyCard {
  total: number | null
  submitted: boolean
  correctCount: number | null
}
