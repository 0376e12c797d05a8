import { computed } from 'vue'
import { useLearningUnits } from '@/modules/learning/views/units'

/** The branches (and functional branches) an evaluation is held by, loaded once per page. */
export function useBranches() {
  const { units, load } = useLearningUnits()
  const branches = computed(() => units.value.filter((u) => u.kind === 'branch' || u.kind === 'functional_branch'))
  return { branches, load }
}
