import type { Payload } from 'payload'
import { ImportError } from './ImportError'
import type { ImportOptions } from './ImportOptions'
import type { PreparedItem } from './prepareItem'

/** Second pass: points imported policies at the policies they supersede or amend (by slug). */
export async function linkPolicies(
  payload: Payload,
  items: readonly PreparedItem[],
  options: ImportOptions,
): Promise<Map<string, ImportError>> {
  const failures = new Map<string, ImportError>()
  for (const item of items) {
    const supersedes = (item.meta.supersedes as string[] | undefined) ?? []
    const amends = (item.meta.amends as string[] | undefined) ?? []
    if (supersedes.length + amends.length === 0) continue
    const slugs = [...supersedes, ...amends]
    const { docs } = await payload.find({
      collection: 'policies',
      where: { slug: { in: slugs } },
      draft: true,
      depth: 0,
      pagination: false,
    })
    const idOf = new Map(docs.map((doc) => [doc.slug, doc.id]))
    const missing = slugs.filter((slug) => !idOf.has(slug))
    if (missing.length > 0) {
      failures.set(item.file, new ImportError('MISSING_REFERENCE', `废止/修订的文件不存在：${missing.join('、')}`))
      continue
    }
    if (options.dryRun) continue
    const self = (
      await payload.find({
        collection: 'policies',
        where: { importSource: { equals: item.importSource } },
        draft: true,
        depth: 0,
        limit: 1,
      })
    ).docs[0]
    if (!self) continue
    const status = options.publish ? { _status: 'published' as const, reviewStatus: 'approved' as const } : { _status: 'draft' as const }
    await payload.update({
      collection: 'policies',
      id: self.id,
      data: {
        supersedes: supersedes.map((slug) => idOf.get(slug) as number),
        amends: amends.map((slug) => idOf.get(slug) as number),
        ...status,
      },
      draft: !options.publish,
    })
  }
  return failures
}
