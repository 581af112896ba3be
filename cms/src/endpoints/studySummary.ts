import type { Endpoint } from 'payload'
import { databaseOf } from '../database/databaseOf'
import { buildStudySummary } from '../tracking/buildStudySummary'
import { loadPointsRules } from '../tracking/pointsRules'
import { unavailableUnlessRejected } from '../tracking/refusals'
import { requireMember } from '../tracking/signedInUser'

/** `GET /api/study/summary`: the signed-in member's own study time, points, items, history and favorites. */
export const studySummary: Endpoint = {
  path: '/study/summary',
  method: 'get',
  handler: async (req) => {
    await requireMember(req)
    try {
      const rules = await loadPointsRules(req.payload)
      const summary = await buildStudySummary(req, { pool: databaseOf(req.payload), rules, now: new Date() })
      return Response.json(summary, { headers: { 'cache-control': 'private, no-store' } })
    } catch (error) {
      throw unavailableUnlessRejected(req, error)
    }
  },
}
