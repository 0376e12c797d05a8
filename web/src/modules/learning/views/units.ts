import { ref } from 'vue'
import { authApi } from '@/app/authApi'
import type { OrgUnit } from '@/shared/types'

export interface UnitOption {
  id: number
  name: string
  kind: string
  /** "Branch / group" for a party group, the name for a branch. */
  label: string
}

const LEARNING_UNIT_KINDS = ['branch', 'functional_branch', 'group']

/** Branches and party groups (the units that plan and report learning), in tree order. */
export function learningUnits(all: OrgUnit[]): UnitOption[] {
  const byId = new Map(all.map((u) => [u.id, u]))
  const out: UnitOption[] = []
  for (const u of all) {
    if (!LEARNING_UNIT_KINDS.includes(u.kind)) continue
    const parent = u.parentId != null ? byId.get(u.parentId) : undefined
    const label = u.kind === 'group' && parent ? `${parent.name} / ${u.name}` : u.name
    out.push({ id: u.id, name: u.name, kind: u.kind, label })
  }
  return out
}

/** The unit options of a page's filters and forms, loaded once. */
export function useLearningUnits() {
  const units = ref<UnitOption[]>([])
  async function load() {
    try {
      units.value = learningUnits(await authApi.orgUnits())
    } catch {
      units.value = []
    }
  }
  return { units, load }
}

/** The years the pages offer: next year back to ten years ago. */
export function yearOptions(current: number, back = 10): number[] {
  const out: number[] = []
  for (let v = current + 1; v >= current - back; v--) out.push(v)
  return out
}

/** This year in China (UTC+8). */
export function currentYear(now = Date.now()): number {
  return new Date(now + 8 * 3600 * 1000).getUTCFullYear()
}
