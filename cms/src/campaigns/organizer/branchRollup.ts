import type { BranchFigures } from '@xuexi/contract/campaigns/CampaignReport'
import type { CampaignStanding } from '@xuexi/contract/campaigns/CampaignStanding'
import type { OrganizationNode } from './organizationTree'

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0)

/**
 * Rolls the members' standings and the target head-counts up the organization tree (党委 → 党总支 →
 * 党支部), for the organizations in `scope` (null: all), as a depth-first list (parents before children,
 * siblings in the order they were created) holding only organizations that have target members or enrolments below them.
 */
export function branchRollup(
  tree: Map<number, OrganizationNode>,
  scope: number[] | null,
  standings: CampaignStanding[],
  targetCounts: Map<number, number>,
): BranchFigures[] {
  const visible = (id: number) => tree.has(id) && (scope === null || scope.includes(id))
  const sums = new Map<number, { targetMembers: number; enrolled: number; started: number; completed: number }>()
  const add = (
    organizationId: number | null,
    figures: { targetMembers?: number; enrolled?: number; started?: number; completed?: number },
  ) => {
    const node = organizationId === null ? undefined : tree.get(organizationId)
    if (!node) return
    for (const id of [...node.ancestors, node.id]) {
      if (!visible(id)) continue
      const sum = sums.get(id) ?? { targetMembers: 0, enrolled: 0, started: 0, completed: 0 }
      sum.targetMembers += figures.targetMembers ?? 0
      sum.enrolled += figures.enrolled ?? 0
      sum.started += figures.started ?? 0
      sum.completed += figures.completed ?? 0
      sums.set(id, sum)
    }
  }
  for (const [organizationId, count] of targetCounts) add(organizationId, { targetMembers: count })
  for (const standing of standings)
    add(standing.organizationId, { enrolled: 1, started: standing.started ? 1 : 0, completed: standing.completedAt ? 1 : 0 })

  const children = new Map<number | null, number[]>()
  for (const id of sums.keys()) {
    const node = tree.get(id) as OrganizationNode
    const parent = node.parentId !== null && sums.has(node.parentId) ? node.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), id])
  }
  const rows: BranchFigures[] = []
  const visit = (parent: number | null, depth: number) => {
    const ids = (children.get(parent) ?? []).sort((a, b) => a - b)
    for (const id of ids) {
      const node = tree.get(id) as OrganizationNode
      const sum = sums.get(id) as { targetMembers: number; enrolled: number; started: number; completed: number }
      rows.push({
        id,
        name: node.name,
        kind: node.kind,
        depth,
        parentId: parent,
        ...sum,
        enrolmentRate: rate(sum.enrolled, sum.targetMembers),
        participationRate: rate(sum.started, sum.enrolled),
        completionRate: rate(sum.completed, sum.enrolled),
      })
      visit(id, depth + 1)
    }
  }
  visit(null, 0)
  return rows
}

export { rate }
