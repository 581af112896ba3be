import { APIError, type PayloadRequest } from 'payload'
import { databaseOf } from '../../database/databaseOf'
import type { SideServerAnswer } from '../../processes/sideServer'
import { refusalAnswer } from '../../tracking/refusals'
import { requireMember } from '../../tracking/signedInUser'
import { readDailyCard } from './readDailyCard'

/**
 * `GET /api/study/daily-card`: the signed-in member's card (`readDailyCard`), asked from the browser so
 * the home page stays the same for the member's whole class. `req` carries the authenticated user.
 */
export async function answerDailyCardRequest(req: PayloadRequest): Promise<SideServerAnswer> {
  try {
    const memberId = await requireMember(req)
    return { status: 200, body: JSON.stringify(await readDailyCard(databaseOf(req.payload), memberId)) }
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    return refusalAnswer(error)
  }
}
