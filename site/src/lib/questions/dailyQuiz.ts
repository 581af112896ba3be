import type { BookAnswer, DailyAnswers, Responses } from '@xuexi/contract/questions/answersInput'
import type { DailyQuizView } from '@xuexi/contract/questions/DailyQuizView'
import type { QuestionReview, QuestionView } from '@xuexi/contract/questions/QuestionView'
import type { BookAnswerResult, WrongBookEntry } from '@xuexi/contract/questions/WrongBookEntry'
import { fetchOwnCms } from '../cms/fetchCms'
import { type CmsReply, postCms } from '../cms/postCms'
import { ownReaderToken } from '../session/readerContext'

const none = new URLSearchParams()

/** The signed-in member's daily quiz for today (drawn on first read). */
export function dailyQuiz(): Promise<DailyQuizView> {
  return fetchOwnCms<DailyQuizView>('/api/questions/daily', none)
}

/** Submits today's daily quiz for the signed-in member. */
export function submitDailyQuiz(day: string, answers: Responses): Promise<CmsReply> {
  const body: DailyAnswers = { day, answers }
  return postCms('/api/questions/daily', body, { token: ownReaderToken() })
}

/** The signed-in member's wrong-answer book. */
export async function wrongBook(): Promise<WrongBookEntry[]> {
  return (await fetchOwnCms<{ docs: WrongBookEntry[] }>('/api/questions/wrong-book', none)).docs
}

/** Answers one question of the member's wrong-answer book again. */
export function answerFromBook(questionId: number, response: BookAnswer['response']): Promise<CmsReply> {
  const body: BookAnswer = { response }
  return postCms(`/api/questions/wrong-book/${questionId}`, body, { token: ownReaderToken() })
}

export type { BookAnswerResult, DailyQuizView, QuestionReview, QuestionView, WrongBookEntry }
