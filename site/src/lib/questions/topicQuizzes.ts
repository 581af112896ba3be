import type { Responses } from '@xuexi/contract/questions/answersInput'
import type { TopicQuizOutcome, TopicQuizSummary, TopicQuizView } from '@xuexi/contract/questions/TopicQuizView'
import type { TopicQuizAnswers } from '@xuexi/contract/questions/topicQuizAnswers'
import { fetchOwnCms } from '../cms/fetchCms'
import { type CmsReply, postCms } from '../cms/postCms'
import { ownReaderToken } from '../session/readerContext'

const none = new URLSearchParams()

/** The topic quizzes open now for the signed-in member, with their results. */
export async function openTopicQuizzes(): Promise<TopicQuizSummary[]> {
  return (await fetchOwnCms<{ docs: TopicQuizSummary[] }>('/api/topic-quizzes/open', none)).docs
}

/** The signed-in member's view of one topic quiz, or null when they may not see it (the CMS answers 404). */
export function topicQuiz(id: number): Promise<TopicQuizView | null> {
  return fetchOwnCms<TopicQuizView>(`/api/topic-quizzes/${id}/me`, none).catch(() => null)
}

/** Submits the member's answers: their scored attempt, or a practice round after it. */
export function submitTopicQuiz(id: number, answers: Responses, practice: boolean): Promise<CmsReply> {
  const body: TopicQuizAnswers = { answers, practice }
  return postCms(`/api/topic-quizzes/${id}/submission`, body, { token: ownReaderToken() })
}

export type { TopicQuizOutcome, TopicQuizSummary, TopicQuizView }
