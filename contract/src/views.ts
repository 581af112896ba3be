// What the CMS's member and organizer endpoints answer, as the portal reads it. The shapes are still
// declared beside the code that builds them; the portal sees them only through this list, which is
// type-only and so erased at run time (no CMS code reaches the portal's bundle).

export type { Leaderboard } from '../../cms/src/campaigns/member/campaignLeaderboard'
export type { MemberCampaignView } from '../../cms/src/campaigns/member/MemberCampaignView'
export type { MyCampaign } from '../../cms/src/campaigns/member/memberCampaignList'
export type { MyNotice } from '../../cms/src/campaigns/member/memberNotices'
export type { QuizAttemptView } from '../../cms/src/campaigns/member/QuizAttemptView'
export type { CampaignReport } from '../../cms/src/campaigns/organizer/campaignReport'
export type { ManagedCampaign } from '../../cms/src/campaigns/organizer/ManagedCampaign'
export type { ContestLeaderboard } from '../../cms/src/contests/contestLeaderboard'
export type { ContestAttemptView } from '../../cms/src/contests/member/ContestAttemptView'
export type { ContestMemberView } from '../../cms/src/contests/member/contestMemberView'
export type { ContestReport } from '../../cms/src/contests/organizer/contestReport'
export type { DailyCard } from '../../cms/src/questions/daily/readDailyCard'
export type { DailyQuizView } from '../../cms/src/questions/member/DailyQuizView'
export type { QuestionReview, QuestionView } from '../../cms/src/questions/member/QuestionView'
export type { BookAnswerResult, WrongBookEntry } from '../../cms/src/questions/member/wrongBook'
export type { TopicQuizOutcome, TopicQuizSummary, TopicQuizView } from '../../cms/src/questions/topicQuizzes/TopicQuizView'
export type { SearchResponse, SearchResult } from '../../cms/src/search/searchLibrary'
export type { StudyItem, StudySummary } from '../../cms/src/tracking/StudySummary'
