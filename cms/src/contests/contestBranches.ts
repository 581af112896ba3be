import type { ContestBranch } from '@xuexi/contract/contests/ContestBranch'
import { loadOrganizationTree, type OrganizationNode } from '../campaigns/organizer/organizationTree'
import type { Pool } from '../database/databaseOf'

/**
 * Participation and average best score by organization, rolled up the tree from the contest's own
 * organization down (each member counts for their organization and every ancestor up to it), limited to
 * `scope` (null: all) — from two grouped queries on the maintained results and the member list.
 */
export async function contestBranches(
  pool: Pool,
  contest: { id: number; organizationId: number | null },
  scope: number[] | null,
): Promise<ContestBranch[]> {
  const tree = await loadOrganizationTree(pool)
  const root = contest.organizationId === null ? undefined : tree.get(contest.organizationId)
  if (!root) return []
  const inContest = (node: OrganizationNode) => node.id === root.id || node.ancestors.includes(root.id)
  const visible = (id: number) => scope === null || scope.includes(id)
  const subtree = [...tree.values()].filter(inContest).map((node) => node.id)
  const [heads, results] = await Promise.all([
    pool.query<{ organizationId: number; count: number }>(
      `select organization_id as "organizationId", count(*)::int as count from users
       where role in ('member', 'organizer') and organization_id = any($1::int[]) group by organization_id`,
      [subtree],
    ),
    pool.query<{ organizationId: number; count: number; scoreSum: number }>(
      `select organization_id as "organizationId", count(*)::int as count, sum(score)::int as "scoreSum" from contest_results
       where contest_id = $1 and organization_id = any($2::int[]) group by organization_id`,
      [contest.id, subtree],
    ),
  ])
  const sums = new Map<number, { members: number; participants: number; scoreSum: number }>()
  const add = (organizationId: number, figures: { members?: number; participants?: number; scoreSum?: number }) => {
    const node = tree.get(organizationId)
    if (!node) return
    for (const id of [...node.ancestors, node.id]) {
      const ancestor = tree.get(id)
      if (!ancestor || !inContest(ancestor) || !visible(id)) continue
      const sum = sums.get(id) ?? { members: 0, participants: 0, scoreSum: 0 }
      sum.members += figures.members ?? 0
      sum.participants += figures.participants ?? 0
      sum.scoreSum += figures.scoreSum ?? 0
      sums.set(id, sum)
    }
  }
  for (const row of heads.rows) add(row.organizationId, { members: row.count })
  for (const row of results.rows) add(row.organizationId, { participants: row.count, scoreSum: row.scoreSum })
  // A row's parent is the nearest organization shown; the top ones the viewer sees start at depth 0.
  const parentOf = (id: number) => {
    const parentId = tree.get(id)?.parentId ?? null
    return parentId !== null && sums.has(parentId) ? parentId : null
  }
  const rows: ContestBranch[] = []
  const visit = (parentId: number | null, depth: number) => {
    const children = [...sums.keys()].filter((id) => parentOf(id) === parentId)
    for (const id of children.sort((a, b) => a - b)) {
      const node = tree.get(id) as OrganizationNode
      const sum = sums.get(id) as { members: number; participants: number; scoreSum: number }
      rows.push({
        id,
        name: node.name,
        kind: node.kind,
        depth,
        members: sum.members,
        participants: sum.participants,
        participationRate: sum.members > 0 ? Math.round((sum.participants / sum.members) * 1000) / 1000 : 0,
        averageScore: sum.participants > 0 ? Math.round((sum.scoreSum / sum.participants) * 10) / 10 : null,
      })
      visit(id, depth + 1)
    }
  }
  visit(null, 0)
  return rows
}
