// Org units come from the server as a flat list with parentId; el-tree and el-tree-select
// want nested children. Pure helpers, unit-tested.

export interface FlatUnit {
  id: number
  parentId: number | null
  name: string
  kind: string
  retired?: boolean
}

export type TreeNode<T extends FlatUnit> = T & { children: TreeNode<T>[] }

/** Nests a flat list; a unit whose parent is missing (out of scope, retired and hidden) becomes a root. */
export function buildTree<T extends FlatUnit>(units: T[]): TreeNode<T>[] {
  const byId = new Map<number, TreeNode<T>>()
  for (const u of units) byId.set(u.id, { ...u, children: [] })
  const roots: TreeNode<T>[] = []
  for (const u of units) {
    const node = byId.get(u.id)!
    const parent = u.parentId != null ? byId.get(u.parentId) : undefined
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** The ids of a node and everything under it (a move target must not be one of them). */
export function subtreeIds(units: FlatUnit[], rootId: number): Set<number> {
  const children = new Map<number, number[]>()
  for (const u of units) {
    if (u.parentId == null) continue
    const list = children.get(u.parentId) ?? []
    list.push(u.id)
    children.set(u.parentId, list)
  }
  const out = new Set<number>()
  const stack = [rootId]
  while (stack.length) {
    const id = stack.pop()!
    if (out.has(id)) continue
    out.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return out
}

/** "A / B / C" path of names from the root to the unit. */
export function unitPath(units: FlatUnit[], id: number): string[] {
  const byId = new Map(units.map((u) => [u.id, u]))
  const out: string[] = []
  const seen = new Set<number>()
  let cur = byId.get(id)
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id)
    out.unshift(cur.name)
    cur = cur.parentId != null ? byId.get(cur.parentId) : undefined
  }
  return out
}
