import type { Contest } from '@xuexi/contract/payload-types'
import { idOf } from '../utilities/idOf'

/** What the contest's code reads from its document: the window, the paper's recipe and the scoring rules. */
export interface ContestRules {
  id: number
  title: string
  description: string | null
  organizationId: number | null
  startsAt: Date
  endsAt: Date
  timeLimitMinutes: number
  maxAttempts: number
  passScore: number
  certificateTop: number
  selection: 'fixed' | 'drawn'
  /** Fixed papers: the chosen bank questions, in the organizer's order. */
  questionIds: number[]
  /** Drawn papers: how many questions of each difficulty, optionally from one topic. */
  draw: { topic: string | null; easy: number; medium: number; hard: number }
}

/** The rules of a contest document (read with depth 0). */
export function contestRulesOf(contest: Contest): ContestRules {
  return {
    id: contest.id,
    title: contest.title,
    description: contest.description ?? null,
    organizationId: (idOf(contest.organization) as number | undefined) ?? null,
    startsAt: new Date(contest.startsAt),
    endsAt: new Date(contest.endsAt),
    timeLimitMinutes: contest.timeLimitMinutes,
    maxAttempts: contest.maxAttempts,
    passScore: contest.passScore,
    certificateTop: contest.certificateTop,
    selection: contest.selection,
    questionIds: (contest.questions ?? []).map((question) => idOf(question) as number),
    draw: {
      topic: contest.draw?.topic?.trim() || null,
      easy: contest.draw?.easy ?? 0,
      medium: contest.draw?.medium ?? 0,
      hard: contest.draw?.hard ?? 0,
    },
  }
}

/** Whether the contest takes answers at `now`, has not opened yet, or is over. */
export function contestPhase(rules: ContestRules, now: Date): 'upcoming' | 'running' | 'ended' {
  if (now < rules.startsAt) return 'upcoming'
  return now > rules.endsAt ? 'ended' : 'running'
}
