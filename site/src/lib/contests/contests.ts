import type { ContestAttemptView } from '@xuexi/contract/contests/ContestAttemptView'
import type { ContestLeaderboard } from '@xuexi/contract/contests/ContestLeaderboard'
import type { ContestMemberView } from '@xuexi/contract/contests/ContestMemberView'
import type { ContestReport } from '@xuexi/contract/contests/ContestReport'
import type { Contest } from '@xuexi/contract/payload-types'
import { isCmsRefusal, isSessionEnded } from '../cms/CmsError'
import { fetchCms, fetchOwnCms } from '../cms/fetchCms'

const none = new URLSearchParams()

/**
 * The signed-in member's view of a contest, or null when they may not take it (the CMS answers 404).
 * A session that ended meanwhile and a CMS that cannot answer are not "no such contest": they reject
 * (the middleware signs the reader in again, or answers 503).
 */
export function memberContest(id: number): Promise<ContestMemberView | null> {
  return fetchOwnCms<ContestMemberView>(`/api/contests/${id}/me`, none).catch(nullWhenRefused)
}

/** One of the member's own attempts, or null when it does not exist. */
export function contestAttempt(id: number, number: number): Promise<ContestAttemptView | null> {
  return fetchOwnCms<ContestAttemptView>(`/api/contests/${id}/attempts/${number}`, none).catch(nullWhenRefused)
}

/**
 * The contest's leaderboard as a participant sees it, or null when it cannot be read now: the page shows
 * the rest with a notice. A session that ended while the page rendered rejects (the reader signs in again).
 */
export function contestLeaderboard(id: number): Promise<ContestLeaderboard | null> {
  return fetchOwnCms<ContestLeaderboard>(`/api/contests/${id}/leaderboard`, none).catch((error: unknown) => {
    if (isSessionEnded(error)) throw error
    return null
  })
}

/** The organizer's dashboard of a contest, or null when it is not in their reach. */
export function contestReport(id: number): Promise<ContestReport | null> {
  return fetchOwnCms<ContestReport>(`/api/contests/${id}/report`, none).catch(nullWhenRefused)
}

/** The contests the signed-in organizer may see (their reach), newest first. */
export async function organizerContests(): Promise<Contest[]> {
  const query = new URLSearchParams({ depth: '0', sort: '-startsAt', limit: '50' })
  return (await fetchOwnCms<{ docs: Contest[] }>('/api/contests', query)).docs
}

/** The published contests the signed-in member may take (their organization's and its ancestors'), newest first. */
export async function openContests(): Promise<Contest[]> {
  const query = new URLSearchParams({ depth: '0', sort: '-startsAt', limit: '50', 'where[status][equals]': 'published' })
  return (await fetchCms<{ docs: Contest[] }>('/api/contests', query)).docs
}

/** A duration in seconds as 3 分 05 秒 parts. */
export function minutesAndSeconds(total: number | null): { minutes: number; seconds: string } {
  const value = Math.max(0, total ?? 0)
  return { minutes: Math.floor(value / 60), seconds: String(value % 60).padStart(2, '0') }
}

function nullWhenRefused(error: unknown): null {
  if (isCmsRefusal(error)) return null
  throw error
}

export type { ContestAttemptView, ContestLeaderboard, ContestMemberView, ContestReport }
