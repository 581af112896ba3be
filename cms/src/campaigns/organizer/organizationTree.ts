import type { Pool } from '../../database/databaseOf'
import { organizationAncestorLinksSql } from '../../database/payloadTables'

/** One organization as the dashboard and export need it. */
export interface OrganizationNode {
  id: number
  name: string
  kind: 'committee' | 'general' | 'branch' | null
  parentId: number | null
  /** From the root down to the parent. */
  ancestors: number[]
}

/** The whole organization tree (a few hundred rows at most), by id. */
export async function loadOrganizationTree(pool: Pool): Promise<Map<number, OrganizationNode>> {
  const { rows } = await pool.query<OrganizationNode>(
    `select o.id, o.name, o.kind::text as kind, o.parent_id as "parentId",
       coalesce(array_agg(r.ancestor order by r.position) filter (where r.ancestor is not null), '{}') as ancestors
     from organizations o left join (${organizationAncestorLinksSql}) r on r.organization = o.id
     group by o.id`,
  )
  const tree = new Map(rows.map((row) => [row.id, row]))
  // Stored ancestors carry no guaranteed order: rebuild root-first by walking parents.
  for (const node of tree.values()) node.ancestors = lineageOf(tree, node.parentId)
  return tree
}

function lineageOf(tree: Map<number, OrganizationNode>, parentId: number | null): number[] {
  const lineage: number[] = []
  for (let id = parentId; id !== null && !lineage.includes(id); id = tree.get(id)?.parentId ?? null) lineage.unshift(id)
  return lineage
}

/** “市直机关工委 / 第一党总支 / 第三党支部”: an organization's path from the root. */
export function organizationPath(tree: Map<number, OrganizationNode>, id: number | null): string {
  const node = id === null ? undefined : tree.get(id)
  if (!node) return ''
  return [...node.ancestors, node.id].map((ancestor) => tree.get(ancestor)?.name ?? '').join(' / ')
}
