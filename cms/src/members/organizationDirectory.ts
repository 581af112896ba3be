import type { Payload } from 'payload'

type Lookup = { id: number } | { problem: 'members.organizationUnknown' | 'members.organizationAmbiguous' }

/**
 * Finds organizations by the path people write in a sheet: "机关党委/第一党总支/第三党支部" (any
 * separator of / ／ > ＞ →), a tail of it ("第一党总支/第三党支部"), or just a unique name.
 */
export async function organizationDirectory(payload: Payload): Promise<(path: string) => Lookup> {
  const { docs } = await payload.find({
    collection: 'organizations',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { name: true, parent: true },
    overrideAccess: true,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const fullPath = (id: number): string[] => {
    const names: string[] = []
    for (let current = byId.get(id), guard = 0; current && guard < 50; guard++) {
      names.unshift(current.name.trim())
      current = typeof current.parent === 'number' ? byId.get(current.parent) : undefined
    }
    return names
  }
  const paths = docs.map((doc) => ({ id: doc.id, names: fullPath(doc.id) }))
  return (path) => {
    const wanted = path
      .split(/\s*[/／>＞→]\s*/)
      .map((name) => name.trim())
      .filter(Boolean)
    if (wanted.length === 0) return { problem: 'members.organizationUnknown' }
    const matches = paths.filter(
      ({ names }) => names.length >= wanted.length && wanted.every((name, index) => names[names.length - wanted.length + index] === name),
    )
    if (matches.length === 1) return { id: (matches[0] as { id: number }).id }
    return { problem: matches.length === 0 ? 'members.organizationUnknown' : 'members.organizationAmbiguous' }
  }
}
