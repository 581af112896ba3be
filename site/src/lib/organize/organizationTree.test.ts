import { describe, expect, it } from 'vitest'
import { organizationTree, treeIds } from './organizationTree'

const organizations = [
  { id: 1, name: '工委', parent: null },
  { id: 2, name: '党委', parent: 1 },
  { id: 3, name: '第一支部', parent: { id: 2 } },
  { id: 4, name: '第二支部', parent: 2 },
  { id: 5, name: '其他党委', parent: null },
]

describe('organizationTree', () => {
  it('builds the whole forest when no root is given', () => {
    expect(organizationTree(organizations).map((node) => node.name)).toEqual(['工委', '其他党委'])
    expect(treeIds(organizationTree(organizations))).toEqual([1, 2, 3, 4, 5])
  })

  it('limits the tree to an organizer’s subtree', () => {
    const [committee] = organizationTree(organizations, [2])
    expect(committee?.children.map((node) => node.name)).toEqual(['第一支部', '第二支部'])
    expect(treeIds(organizationTree(organizations, [3]))).toEqual([3])
  })
})
