import type { PayloadRequest } from 'payload'
import { databaseOf } from '../../database/databaseOf'
import { idOf } from '../../utilities/idOf'
import { contestPhase } from '../ContestRules'
import type { MemberContest } from './MemberContest'
import { visibleContestRules } from './visibleContestRules'

/**
 * The published contest `id` as the signed-in member may take it: run by their organization or one
 * above it (401 signed out; 404 when it does not exist, is a draft, or belongs to another part of the tree).
 * Its questions are for organizers' eyes, but the paper is drawn from them.
 */
export async function loadMemberContest(req: PayloadRequest, id: unknown, now = new Date()): Promise<MemberContest> {
  const rules = await visibleContestRules(req, id)
  const user = req.user as NonNullable<PayloadRequest['user']>
  return {
    pool: databaseOf(req.payload),
    payload: req.payload,
    rules,
    memberId: user.id as number,
    organizationId: (idOf((user as { organization?: unknown }).organization) as number | undefined) ?? null,
    phase: contestPhase(rules, now),
  }
}
