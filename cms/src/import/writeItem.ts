import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { buildItemData } from './buildItemData'
import { findOrCreateMedia } from './findOrCreateMedia'
import { ImportError } from './ImportError'
import type { ImportOptions } from './ImportOptions'
import type { PreparedItem } from './prepareItem'
import { resolveIds } from './resolveIds'
import { toLexical } from './toLexical'

/** Import options plus the topic slugs the same batch creates (a dry run cannot look those up). */
export type WriteOptions = ImportOptions & { batchTopics?: ReadonlySet<string> }

/** What happened to one item. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged'

/** Writes one prepared item in its own transaction: its files, then the item, created or updated by import identity. */
export async function writeItem(payload: Payload, item: PreparedItem, options: WriteOptions): Promise<WriteOutcome> {
  const req = await createLocalReq({}, payload)
  const ownsTransaction = await initTransaction(req)
  try {
    const outcome = await writeWithin(req, item, options)
    if (ownsTransaction) await commitTransaction(req)
    return outcome
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    if (error instanceof ImportError) throw error
    throw new ImportError('SAVE_FAILED', `保存失败：${describe(error)}`)
  }
}

async function writeWithin(req: PayloadRequest, item: PreparedItem, options: WriteOptions): Promise<WriteOutcome> {
  const { payload } = req
  const collection = item.collection as 'articles'
  const existing = (
    await payload.find({ collection, where: { importSource: { equals: item.importSource } }, limit: 1, depth: 0, req, draft: true })
  ).docs[0] as { id: number | string; importHash?: string } | undefined
  if (existing?.importHash === item.importHash) return 'unchanged'
  if (!existing) {
    const taken = await payload.count({ collection, where: { slug: { equals: item.slug } }, req })
    if (taken.totalDocs > 0) throw new ImportError('SLUG_TAKEN', `网址别名 ${item.slug} 已被其他内容使用：请在 front matter 中换一个 slug`)
  }
  const media = new Map<string, number | string>()
  for (const file of item.files) {
    media.set(
      file.reference,
      await findOrCreateMedia(req, { data: file.data, filename: path.basename(file.path), alt: file.alt }, options.dryRun),
    )
  }
  for (const image of item.source.embeddedImages) {
    const alt = String(item.meta.title ?? image.filename)
    media.set(image.reference, await findOrCreateMedia(req, { data: image.data, filename: image.filename, alt }, options.dryRun))
  }
  const topicSlugs = (item.meta.topics as string[]).filter((slug) => !(options.dryRun && options.batchTopics?.has(slug)))
  const topics = await resolveIds(req, 'topics', 'slug', topicSlugs, '专题')
  const organizations = await resolveIds(req, 'organizations', 'name', item.meta.organizations as string[], '组织')
  const body = item.type === 'topic' ? undefined : await toLexical({ config: payload.config, body: item.source.body, uploads: media })
  const data = buildItemData(item, { media, topics, organizations, body })
  if (options.dryRun) return existing ? 'updated' : 'created'
  const status = item.type === 'topic' ? {} : options.publish ? { _status: 'published', reviewStatus: 'approved' } : { _status: 'draft' }
  const draft = item.type !== 'topic' && !options.publish
  if (existing) {
    await payload.update({ collection, id: existing.id, data: { ...data, ...status }, draft, req } as Parameters<Payload['update']>[0])
    return 'updated'
  }
  await payload.create({ collection, data: { ...data, ...status }, draft, req } as Parameters<Payload['create']>[0])
  return 'created'
}

function describe(error: unknown): string {
  const details = (error as { data?: { errors?: Array<{ path?: string; message?: string }> } }).data?.errors
  if (details?.length) return details.map((detail) => `${detail.path ?? ''} ${detail.message ?? ''}`.trim()).join('；')
  return error instanceof Error ? error.message : String(error)
}
