import { type TrackedCollection, trackedCollections } from '@xuexi/contract/study/trackedCollections'
import type { PayloadRequest, Where } from 'payload'
import { adminDocumentUrl, adminListUrl, contentLabel } from './adminLinks'
import type { HomeItem, HomeSummary } from './HomeSummary'

interface ContentDocument {
  id: number
  title?: string | null
  updatedAt: string
  reviewComment?: string | null
}

/**
 * The study materials matching `where` that the signed-in user may see, latest drafts included as the
 * admin's lists show them: a count and a list link per collection, and the `limit` most recently changed.
 */
export async function findContentItems(
  req: PayloadRequest,
  props: { where: Where; limit: number; describe: (doc: ContentDocument) => Pick<HomeItem, 'detail' | 'note'> },
): Promise<HomeSummary> {
  const found = await Promise.all(
    trackedCollections.map(async (collection: TrackedCollection) => {
      const result = await req.payload.find({
        collection,
        where: props.where,
        draft: true,
        depth: 0,
        limit: props.limit,
        sort: '-updatedAt',
        select: { title: true, updatedAt: true, reviewComment: true },
        overrideAccess: false,
        user: req.user,
        req,
      })
      return { collection, total: result.totalDocs, docs: result.docs as unknown as ContentDocument[] }
    }),
  )
  const items = found
    .flatMap(({ collection, docs }) =>
      docs.map((doc) => ({
        at: doc.updatedAt,
        item: {
          key: `${collection}:${doc.id}`,
          title: doc.title ?? '',
          href: adminDocumentUrl(req, collection, doc.id),
          ...props.describe(doc),
        },
      })),
    )
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, props.limit)
    .map(({ item }) => item)
  return {
    total: found.reduce((sum, { total }) => sum + total, 0),
    items,
    lists: found
      .filter(({ total }) => total > 0)
      .map(({ collection, total }) => ({
        label: contentLabel(req, collection),
        count: total,
        href: adminListUrl(req, collection, props.where),
      })),
  }
}
