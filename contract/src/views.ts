// Endpoint answers the portal reads whose shapes are still declared beside the CMS code that builds
// them, because they are built from CMS domain types (standings, badges, contest rules, branches). The
// portal sees them only through this list, which is type-only and so erased at run time: no CMS code
// reaches the portal's bundle. The other answers are declared in contract/src/{campaigns,questions,search,study}.

export type { Leaderboard } from '../../cms/src/campaigns/member/campaignLeaderboard'
export type { MemberCampaignView } from '../../cms/src/campaigns/member/MemberCampaignView'
export type { QuizAttemptView } from '../../cms/src/campaigns/member/QuizAttemptView'
export type { CampaignReport } from '../../cms/src/campaigns/organizer/campaignReport'
export type { ContestLeaderboard } from '../../cms/src/contests/contestLeaderboard'
export type { ContestAttemptView } from '../../cms/src/contests/member/ContestAttemptView'
export type { ContestMemberView } from '../../cms/src/contests/member/contestMemberView'
export type { ContestReport } from '../../cms/src/contests/organizer/contestReport'
