import type { Leaderboard } from '@xuexi/contract/campaigns/Leaderboard'
import type { MemberCampaignView } from '@xuexi/contract/campaigns/MemberCampaignView'
import type { MyCampaign } from '@xuexi/contract/campaigns/MyCampaign'
import type { MyNotice } from '@xuexi/contract/campaigns/MyNotice'
import type { QuizAttemptView } from '@xuexi/contract/campaigns/QuizAttemptView'
import { fetchOwnCms, fetchOwnStudy } from '../cms/fetchCms'

const none = new URLSearchParams()

/** The signed-in member's own view of a campaign (the CMS answers only for the session's member; it shows others' featured reflections). */
export function memberCampaign(id: number): Promise<MemberCampaignView> {
  return fetchOwnStudy<MemberCampaignView>(`/api/campaigns/${id}/me`, id)
}

/** The campaign's leaderboard as its mode allows the member to see it. */
export function campaignLeaderboard(id: number): Promise<Leaderboard> {
  return fetchOwnStudy<Leaderboard>(`/api/campaigns/${id}/leaderboard`, id)
}

/** One of the member's own quiz attempts, or null when it does not exist. */
export function quizAttempt(id: number, number: number): Promise<QuizAttemptView | null> {
  return fetchOwnCms<QuizAttemptView>(`/api/campaigns/${id}/quiz-attempts/${number}`, none).catch(() => null)
}

/** The campaigns the member takes part in, with their own progress. */
export async function myCampaigns(): Promise<MyCampaign[]> {
  return (await fetchOwnStudy<{ docs: MyCampaign[] }>('/api/campaigns/mine')).docs
}

/** The member's latest notices. */
export function myNotices(): Promise<{ unread: number; docs: MyNotice[] }> {
  return fetchOwnStudy('/api/notices/mine')
}

export type { Leaderboard, MemberCampaignView, MyCampaign, MyNotice, QuizAttemptView }
