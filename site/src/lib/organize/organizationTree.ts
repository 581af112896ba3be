/** An organization in the target picker, with the organizations directly below it. */
export interface OrganizationNode {
  id: number
  name: string
  children: OrganizationNode[]
}

type Flat = { id: number; name: string; parent?: number | { id: number } | null }

const parentOf = (organization: Flat) =>
  typeof organization.parent === 'object' ? (organization.parent?.id ?? null) : (organization.parent ?? null)

/** The organizations below each of `roots` (or, without roots, the whole forest) as a tree in the given order. */
export function organizationTree(organizations: Flat[], roots?: number[]): OrganizationNode[] {
  const children = new Map<number | null, Flat[]>()
  for (const organization of organizations) {
    const parent = parentOf(organization)
    children.set(parent, [...(children.get(parent) ?? []), organization])
  }
  const build = (organization: Flat): OrganizationNode => ({
    id: organization.id,
    name: organization.name,
    children: (children.get(organization.id) ?? []).map(build),
  })
  const tops = roots ? organizations.filter((organization) => roots.includes(organization.id)) : (children.get(null) ?? [])
  return tops.map(build)
}

/** Every id in the trees. */
export function treeIds(nodes: OrganizationNode[]): number[] {
  return nodes.flatMap((node) => [node.id, ...treeIds(node.children)])
}
