import type { OwnReflection } from '@xuexi/contract/campaigns/OwnReflection'
import type { ReflectionInput } from '@xuexi/contract/campaigns/reflectionInput'
import { reflectionLength } from '@xuexi/contract/campaigns/reflectionLength'
import { cmsError } from '../../errors/cmsError'
import type { MemberCampaign } from './MemberCampaign'
import { requireParticipant } from './MemberCampaign'

/**
 * Saves the member's reflection as a draft, or submits it when it reaches the campaign's minimum
 * length (whitespace not counted). A submitted reflection is final: later saves are refused.
 */
export async function saveReflection(context: MemberCampaign, input: ReflectionInput): Promise<OwnReflection> {
  requireParticipant(context)
  const length = reflectionLength(input.body)
  if (length === 0) throw cmsError('campaign.reflectionEmpty', 400)
  if (input.submit && length < context.plan.reflectionMinLength) {
    throw cmsError('campaign.reflectionTooShort', 400, { min: context.plan.reflectionMinLength, count: length })
  }
  const { rows } = await context.pool.query<OwnReflection>(
    `insert into campaign_reflections as r (campaign_id, member_id, organization_id, title, body, status, submitted_at, updated_at, created_at)
     values ($1, $2, $3, $4, $5, $6::enum_campaign_reflections_status, case when $6::text = 'submitted' then now() end, now(), now())
     on conflict (campaign_id, member_id) do update set title = excluded.title, body = excluded.body, status = excluded.status,
       submitted_at = excluded.submitted_at, updated_at = now()
     where r.status = 'draft'
     returning ${ownReflectionColumns}`,
    [context.plan.id, context.memberId, context.organizationId, input.title || null, input.body, input.submit ? 'submitted' : 'draft'],
  )
  if (!rows[0]) throw cmsError('campaign.reflectionSubmitted', 409)
  return rows[0]
}

/** The columns of `campaign_reflections` that make an `OwnReflection`. */
export const ownReflectionColumns = `coalesce(title, '') as title, body, status::text as status, submitted_at as "submittedAt",
  score::float as score, comment, coalesce(featured, false) as featured`
