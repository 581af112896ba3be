import type { CampaignStanding } from '@xuexi/contract/campaigns/CampaignStanding'
import { describe, expect, it } from 'vitest'
import { branchRollup } from './branchRollup'
import type { OrganizationNode } from './organizationTree'

const node = (id: number, parentId: number | null, ancestors: number[]): OrganizationNode => ({
  id,
  name: `组织${id}`,
  kind: null,
  parentId,
  ancestors,
})
// 1 党委 → 2 党总支 → 3, 4 党支部
const tree = new Map([node(1, null, []), node(2, 1, [1]), node(3, 2, [1, 2]), node(4, 2, [1, 2])].map((entry) => [entry.id, entry]))
const standing = (organizationId: number, started: boolean, completed: boolean) =>
  ({ organizationId, started, completedAt: completed ? '2026-11-20T00:00:00.000Z' : null }) as CampaignStanding

describe('branchRollup', () => {
  it('counts each member for their branch and every organization above it, parents first', () => {
    const rows = branchRollup(
      tree,
      null,
      [standing(3, true, true), standing(3, false, false), standing(4, true, false)],
      new Map([
        [3, 2],
        [4, 2],
      ]),
    )
    expect(rows.map((row) => [row.id, row.depth, row.targetMembers, row.enrolled, row.started, row.completed])).toEqual([
      [1, 0, 4, 3, 2, 1],
      [2, 1, 4, 3, 2, 1],
      [3, 2, 2, 2, 1, 1],
      [4, 2, 2, 1, 1, 0],
    ])
    expect(rows[2]).toMatchObject({ enrolmentRate: 1, participationRate: 0.5, completionRate: 0.5 })
    expect(rows[3]).toMatchObject({ enrolmentRate: 0.5, participationRate: 1, completionRate: 0 })
  })

  it('shows only the organizations in scope, the highest of them at depth 0', () => {
    const rows = branchRollup(
      tree,
      [4],
      [standing(3, true, true), standing(4, true, false)],
      new Map([
        [3, 2],
        [4, 2],
      ]),
    )
    expect(rows.map((row) => [row.id, row.depth, row.enrolled])).toEqual([[4, 0, 1]])
  })
})
