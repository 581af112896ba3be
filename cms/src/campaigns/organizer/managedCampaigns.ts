import type { ManagedCampaign } from '@xuexi/contract/campaigns/ManagedCampaign'
import type { PayloadRequest, Where } from 'payload'
import { organizerReach } from '../../access/organizationReach'
import { campaignManagers } from '../../access/recordRules'
import { hasRole } from '../../access/roles'
import { databaseOf } from '../../database/databaseOf'
import { cmsError } from '../../errors/cmsError'

/** The campaigns the signed-in organizer (or administrator) manages, newest first, with enrolment counts in their reach. */
export async function managedCampaigns(req: PayloadRequest): Promise<ManagedCampaign[]> {
  if (!req.user) throw cmsError('organize.loginRequired', 401)
  const managed = await campaignManagers({ req })
  if (managed === false) throw cmsError('organize.forbidden', 403)
  const { docs } = await req.payload.find({
    collection: 'campaigns',
    where: managed === true ? {} : (managed as Where),
    depth: 0,
    limit: 200,
    pagination: false,
    sort: '-startsOn',
    select: { title: true, slug: true, status: true, startsOn: true, endsOn: true, enrolment: true },
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return []
  const reach = hasRole(req, ['admin']) ? null : await organizerReach(req)
  const { rows } = await databaseOf(req.payload).query<{ campaign_id: number; enrolled: number }>(
    `select campaign_id, count(*)::int as enrolled from campaign_enrollments
     where campaign_id = any($1::int[]) and ($2::int[] is null or organization_id = any($2::int[]))
     group by campaign_id`,
    [docs.map((doc) => doc.id), reach],
  )
  const enrolled = new Map(rows.map((row) => [row.campaign_id, row.enrolled]))
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    slug: doc.slug ?? '',
    status: doc.status,
    startsOn: doc.startsOn,
    endsOn: doc.endsOn,
    enrolment: doc.enrolment,
    enrolled: enrolled.get(doc.id) ?? 0,
  }))
}
