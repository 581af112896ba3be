import type { PayloadRequest } from 'payload'
import { ImportError } from './ImportError'

type Id = number | string

/** Looks up documents by a unique field (topic slugs, organization names); every one must exist. */
export async function resolveIds(
  req: PayloadRequest,
  collection: 'topics' | 'organizations',
  field: 'slug' | 'name',
  values: readonly string[],
  label: string,
): Promise<Id[]> {
  if (values.length === 0) return []
  const { docs } = await req.payload.find({
    collection,
    where: { [field]: { in: values } },
    limit: values.length,
    depth: 0,
    req,
    pagination: false,
  })
  const byValue = new Map(docs.map((doc) => [String((doc as unknown as Record<string, unknown>)[field]), doc.id]))
  const missing = values.filter((value) => !byValue.has(value))
  if (missing.length > 0) throw new ImportError('MISSING_REFERENCE', `${label}不存在：${missing.join('、')}（请先导入或创建，或检查拼写）`)
  return values.map((value) => byValue.get(value) as Id)
}
