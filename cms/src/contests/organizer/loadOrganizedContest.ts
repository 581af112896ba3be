import type { PayloadRequest } from 'payload'
import { organizationLineage, organizerReach } from '../../access/organizationReach'
import { hasRole } from '../../access/roles'
import { databaseOf } from '../../database/databaseOf'
import { cmsError } from '../../errors/cmsError'
import { contestRulesOf } from '../ContestRules'
import type { OrganizedContest } from './OrganizedContest'

/**
 * Contest `id` for its dashboard, reminders and export: administrators see every member; an organizer a
 * contest run within their reach, or by an organization above theirs (then only their own members),
 * always limited to their reach (401 signed out, 403 other roles, 404 unknown or another part of the tree).
 */
export async function loadOrganizedContest(req: PayloadRequest, id: unknown): Promise<OrganizedContest> {
  if (!req.user) throw cmsError('contest.loginRequired', 401)
  const admin = hasRole(req, ['admin'])
  if (!admin && !hasRole(req, ['organizer'])) throw cmsError('contest.organizersOnly', 403)
  const contestId = Number(id)
  if (!Number.isSafeInteger(contestId) || contestId <= 0) throw cmsError('contest.notFound', 404)
  const contest = await req.payload.findByID({
    collection: 'contests',
    id: contestId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!contest) throw cmsError('contest.notFound', 404)
  const rules = contestRulesOf(contest)
  const scope = admin ? null : ((await organizerReach(req)) as number[])
  if (scope) {
    const lineage = await organizationLineage(req.payload, (req.user as { organization?: unknown }).organization, req)
    const owner = rules.organizationId ?? -1
    if (!scope.includes(owner) && !lineage.includes(owner)) throw cmsError('contest.notFound', 404)
  }
  return { pool: databaseOf(req.payload), payload: req.payload, rules, userId: req.user.id as number, scope }
}
