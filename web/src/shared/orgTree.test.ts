import { describe, expect, it } from 'vitest'
import { buildTree, subtreeIds, unitPath } from './orgTree'

const units = [
  { id: 1, parentId: null, name: '党组', kind: 'party_group' },
  { id: 2, parentId: 1, name: '机关党支部', kind: 'branch' },
  { id: 3, parentId: 2, name: '第一党小组', kind: 'group' },
  { id: 4, parentId: 1, name: '法制委支部', kind: 'functional_branch' },
  { id: 5, parentId: 99, name: '孤儿', kind: 'group' },
]

describe('org tree helpers', () => {
  it('nests children under parents; unknown parents become roots', () => {
    const tree = buildTree(units)
    expect(tree.map((n) => n.id)).toEqual([1, 5])
    expect(tree[0].children.map((n) => n.id)).toEqual([2, 4])
    expect(tree[0].children[0].children[0].name).toBe('第一党小组')
  })
  it('collects a subtree', () => {
    expect([...subtreeIds(units, 2)].sort()).toEqual([2, 3])
    expect(subtreeIds(units, 1).size).toBe(4)
  })
  it('builds the path of names', () => {
    expect(unitPath(units, 3)).toEqual(['党组', '机关党支部', '第一党小组'])
  })
})
