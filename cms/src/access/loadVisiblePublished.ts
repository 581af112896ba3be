import type { Campaign, Contest } from '@xuexi/contract/payload-types'
import type { PayloadRequest } from 'payload'
import { cmsError } from '../errors/cmsError'
import type { MessageCode } from '../i18n/messages'

interface Documents {
  campaigns: Campaign
  contests: Contest
}

/**
 * The published campaign or contest `id` for the signed-in member (401 `loginRequired` when signed out;
 * 404 `notFound` when it does not exist, is a draft or is hidden from them). Visibility is asked with the
 * member's own access first, so only a document they may see is acted on; then it is read in full, access
 * overridden, for rules and questions members never see themselves.
 */
export async function loadVisiblePublished<Slug extends keyof Documents>(
  req: PayloadRequest,
  props: { collection: Slug; id: unknown; loginRequired: MessageCode; notFound: MessageCode },
): Promise<Documents[Slug]> {
  if (!req.user) throw cmsError(props.loginRequired, 401)
  const id = Number(props.id)
  if (!Number.isSafeInteger(id) || id <= 0) throw cmsError(props.notFound, 404)
  const visible = await req.payload.find({
    collection: props.collection as 'campaigns',
    where: { and: [{ id: { equals: id } }, { status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (visible.docs.length === 0) throw cmsError(props.notFound, 404)
  return (await req.payload.findByID({
    collection: props.collection as 'campaigns',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })) as Documents[Slug]
}
