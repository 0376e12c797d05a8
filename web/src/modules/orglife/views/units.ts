import { ref } from 'vue'
import { authApi } from '@/app/authApi'
import type { OrgUnit } from '@/shared/types'
import { MEETING_UNIT_KINDS } from '../types'

export interface UnitOption {
  id: number
  name: string
  kind: string
  /** "Branch / group" for a group, the name for a branch. */
  label: string
}

/** Branches and party groups, in tree order, a group labelled with its branch. */
export function meetingUnits(all: OrgUnit[]): UnitOption[] {
  const byId = new Map(all.map((u) => [u.id, u]))
  const kinds = MEETING_UNIT_KINDS as readonly string[]
  const out: UnitOption[] = []
  for (const u of all) {
    if (!kinds.includes(u.kind)) continue
    const parent = u.parentId != null ? byId.get(u.parentId) : undefined
    const label = u.kind === 'group' && parent ? `${parent.name} / ${u.name}` : u.name
    out.push({ id: u.id, name: u.name, kind: u.kind, label })
  }
  return out
}

/** The branch and group options of the meeting forms and filters, loaded once per page. */
export function useMeetingUnits() {
  const units = ref<UnitOption[]>([])
  const loading = ref(false)
  async function load() {
    loading.value = true
    try {
      units.value = meetingUnits(await authApi.orgUnits())
    } catch {
      units.value = []
    } finally {
      loading.value = false
    }
  }
  return { units, loading, load }
}
