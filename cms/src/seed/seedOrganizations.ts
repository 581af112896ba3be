import { readFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import { z } from 'zod'

interface OrganizationNode {
  name: string
  kind: 'committee' | 'general' | 'branch'
  children?: OrganizationNode[]
}

const nodeSchema: z.ZodType<OrganizationNode> = z.lazy(() =>
  z.object({ name: z.string().min(1).max(80), kind: z.enum(['committee', 'general', 'branch']), children: z.array(nodeSchema).optional() }),
)

/** Creates the sample organization tree (党委 → 党总支 → 党支部) from a JSON file; returns how many. */
export async function seedOrganizations(payload: Payload, file: string): Promise<number> {
  const tree = z.array(nodeSchema).parse(JSON.parse(await readFile(file, 'utf8')))
  let created = 0
  const create = async (node: OrganizationNode, parent: number | null): Promise<void> => {
    const doc = await payload.create({
      collection: 'organizations',
      data: { name: node.name, kind: node.kind, parent },
      overrideAccess: true,
    })
    created++
    for (const child of node.children ?? []) await create(child, doc.id)
  }
  for (const root of tree) await create(root, null)
  return created
}
