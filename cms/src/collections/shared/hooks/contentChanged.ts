// Fields that record workflow or bookkeeping rather than the content a reviewer approved.
const bookkeeping = new Set([
  'id',
  '_status',
  'reviewStatus',
  'reviewComment',
  'reviewedBy',
  'reviewedAt',
  'updatedBy',
  'updatedAt',
  'createdAt',
  'publishedAt',
])

/** True when any content field differs between incoming data and the stored document. */
export function contentChanged(data: Record<string, unknown>, original: Record<string, unknown>): boolean {
  return Object.keys(data).some((key) => !bookkeeping.has(key) && canonical(data[key]) !== canonical(original[key]))
}

function canonical(value: unknown): string {
  return JSON.stringify(normalize(value)) ?? 'null'
}

// Relationships may arrive as ids or as populated documents; empty values may be null or missing.
function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalize)
  if (typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
  const entries = Object.keys(record)
    .sort()
    .map((key) => [key, normalize(record[key])] as const)
    .filter(([, entry]) => entry !== null)
  return entries.length === 0 ? null : Object.fromEntries(entries)
}
