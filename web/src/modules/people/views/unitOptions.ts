import type { FlatUnit } from '@/shared/orgTree'
import { buildTree, type TreeNode } from '@/shared/orgTree'

export interface UnitOption {
  value: number
  label: string
  children: UnitOption[]
}

/** el-tree-select data from the flat org list. */
export function unitOptions(units: FlatUnit[]): UnitOption[] {
  const map = (n: TreeNode<FlatUnit>): UnitOption => ({ value: n.id, label: n.name, children: n.children.map(map) })
  return buildTree(units.filter((u) => !u.retired)).map(map)
}
