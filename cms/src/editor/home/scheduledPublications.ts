import { type TrackedCollection, trackedCollections } from '@xuexi/contract/study/trackedCollections'
import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { adminDocumentUrl, adminListUrl, contentLabel } from './adminLinks'
import { chinaTime } from './chinaTime'
import type { HomeSummary } from './HomeSummary'

const shown = 8

// Payload's schedulePublish job input: the document to publish (its id arrives as a string).
const publishInput = z.object({
  type: z.literal('publish'),
  doc: z.object({ relationTo: z.enum(trackedCollections), value: z.coerce.number().int().positive() }),
})

/**
 * Publications scheduled in the admin that have not run yet, soonest first. The jobs are read with
 * access overridden (nobody reads jobs over the API); the items through the user's own access.
 */
export async function scheduledPublications(req: PayloadRequest, now: Date): Promise<HomeSummary> {
  const jobs = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: { greater_than: now.toISOString() } },
      ],
    },
    sort: 'waitUntil',
    depth: 0,
    limit: 50,
    overrideAccess: true,
    req,
  })
  const planned = jobs.docs.flatMap((job) => {
    const input = publishInput.safeParse(job.input)
    return input.success && job.waitUntil ? [{ ...input.data.doc, at: job.waitUntil }] : []
  })
  const ids = new Map<TrackedCollection, number[]>()
  for (const { relationTo, value } of planned) ids.set(relationTo, [...(ids.get(relationTo) ?? []), value])
  const titles = new Map<string, string>()
  for (const [collection, wanted] of ids) {
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: wanted } },
      draft: true,
      depth: 0,
      limit: wanted.length,
      select: { title: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of docs) titles.set(`${collection}:${doc.id}`, doc.title)
  }
  const visible = planned.filter(({ relationTo, value }) => titles.has(`${relationTo}:${value}`))
  return {
    total: visible.length,
    items: visible.slice(0, shown).map(({ relationTo, value, at }) => ({
      key: `${relationTo}:${value}:${at}`,
      title: titles.get(`${relationTo}:${value}`) ?? '',
      href: adminDocumentUrl(req, relationTo, value),
      detail: chinaTime(at),
    })),
    lists: [...ids.keys()].flatMap((collection) => {
      const scheduled = [...new Set(visible.filter(({ relationTo }) => relationTo === collection).map(({ value }) => value))]
      return scheduled.length > 0
        ? [
            {
              label: contentLabel(req, collection),
              count: scheduled.length,
              href: adminListUrl(req, collection, { id: { in: scheduled } }),
            },
          ]
        : []
    }),
  }
}
