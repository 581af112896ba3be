import type { PayloadRequest } from 'payload'
import type { Pool } from 'pg'
import { cmsError } from '../../errors/cmsError'
import { idOf } from '../../utilities/idOf'
import { contestPhase, contestRulesOf } from '../ContestRules'
import type { MemberContest } from './MemberContest'

/**
 * The published contest `id` as the signed-in member may take it: run by their organization or one
 * above it (401 signed out; 404 when it does not exist, is a draft, or belongs to another part of the tree).
 */
export async function loadMemberContest(req: PayloadRequest, id: unknown, now = new Date()): Promise<MemberContest> {
  if (!req.user) throw cmsError('contest.loginRequired', 401)
  const contestId = Number(id)
  if (!Number.isSafeInteger(contestId) || contestId <= 0) throw cmsError('contest.notFound', 404)
  // Asked with the member's own access first, so only a contest they may see can be acted on; then read
  // in full (its questions are for organizers' eyes, but the paper is drawn from them).
  const visible = await req.payload.find({
    collection: 'contests',
    where: { and: [{ id: { equals: contestId } }, { status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (visible.docs.length === 0) throw cmsError('contest.notFound', 404)
  const contest = await req.payload.findByID({ collection: 'contests', id: contestId, depth: 0, overrideAccess: true, req })
  const rules = contestRulesOf(contest)
  return {
    pool: req.payload.db.pool as unknown as Pool,
    payload: req.payload,
    rules,
    memberId: req.user.id as number,
    organizationId: (idOf((req.user as { organization?: unknown }).organization) as number | undefined) ?? null,
    phase: contestPhase(rules, now),
  }
}
