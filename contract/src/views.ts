// Endpoint answers the portal reads whose shapes are still declared beside the CMS code that builds
// them, because they are built from CMS domain types (campaign standings, badges, reflections, quiz shuffles). The
// portal sees them only through this list, which is type-only and so erased at run time: no CMS code
// reaches the portal's bundle. The other answers are declared in contract/src/{campaigns,contests,questions,search,study}.

export type { Leaderboard } from '../../cms/src/campaigns/member/campaignLeaderboard'
export type { MemberCampaignView } from '../../cms/src/campaigns/member/MemberCampaignView'
export type { QuizAttemptView } from '../../cms/src/campaigns/member/QuizAttemptView'
export type { CampaignReport } from '../../cms/src/campaigns/organizer/campaignReport'
