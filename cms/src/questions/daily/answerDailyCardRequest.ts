import { APIError, type PayloadRequest } from 'payload'
import { databaseOf } from '../../database/databaseOf'
import { refusalAnswer, type TrackingAnswer } from '../../tracking/refusalAnswer'
import { requireMember } from '../../tracking/requireMember'
import { readDailyCard } from './readDailyCard'

/** Where a member's page asks for their 每日答题 card (the front proxy and nginx send it to the tracking server). */
export const dailyCardPath = '/api/study/daily-card'

/**
 * `GET /api/study/daily-card`: the signed-in member's card (`readDailyCard`), asked from the browser so
 * the home page stays the same for the member's whole class. `req` carries the authenticated user.
 */
export async function answerDailyCardRequest(req: PayloadRequest): Promise<TrackingAnswer> {
  try {
    const memberId = await requireMember(req)
    return { status: 200, body: JSON.stringify(await readDailyCard(databaseOf(req.payload), memberId)) }
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    return refusalAnswer(error)
  }
}
