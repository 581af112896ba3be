import type { TrackedCollection } from './trackedCollections'

/** An item in a member's lists, with what the portal needs to link to it. */
export interface StudyItem {
  collection: TrackedCollection
  itemId: number
  title: string
  slug: string
  /** Progress towards completion, 0–100. */
  percent: number
  activeSeconds: number
  at: string
}

/** Everything 我的学习 shows about the signed-in member, and nothing about anyone else. */
export interface StudySummary {
  today: string
  seconds: { today: number; week: number; total: number }
  points: {
    today: number
    week: number
    total: number
    /** Today's points per kind against its daily cap. */
    caps: Array<{ kind: string; points: number; dailyCap: number }>
  }
  streak: number
  inProgress: StudyItem[]
  completed: StudyItem[]
  history: Array<{ day: string; seconds: number; points: number }>
  favorites: Array<Omit<StudyItem, 'percent' | 'activeSeconds'>>
}
