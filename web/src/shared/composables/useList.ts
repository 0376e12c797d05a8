import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { ApiError, download, type Query } from '@/app/http'
import type { Page, SortOrder } from '@/shared/types'

export interface SortChange {
  prop: string | null
  order: 'ascending' | 'descending' | null
}

export function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : e instanceof Error ? e.message : String(e)
}

/**
 * State and actions every server-paged list shares: page, page size, server-side sort,
 * loading flag, and an export that sends the same filters as the list.
 * `filters` builds the module's own filter parameters from its search form.
 */
export function useList<T>(fetchPage: (q: Query) => Promise<Page<T>>, filters: () => Query, pageSize = 20) {
  const { t } = useI18n()
  const items = ref<T[]>([]) as { value: T[] }
  const total = ref(0)
  const page = ref(1)
  const size = ref(pageSize)
  const sort = ref('')
  const order = ref<SortOrder | ''>('')
  const loading = ref(false)
  const exporting = ref(false)

  const filterQuery = (): Query => ({ ...filters(), sort: sort.value, order: order.value })

  async function load(): Promise<void> {
    loading.value = true
    try {
      const res = await fetchPage({ ...filterQuery(), page: page.value, pageSize: size.value })
      items.value = res.items
      total.value = res.total
    } catch (e) {
      items.value = []
      total.value = 0
      ElMessage.error(errorText(e))
    } finally {
      loading.value = false
    }
  }

  /** A new search starts again at page 1. */
  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  function onSortChange(change: SortChange): void {
    sort.value = change.order && change.prop ? change.prop : ''
    order.value = change.order === 'ascending' ? 'asc' : change.order === 'descending' ? 'desc' : ''
    search()
  }

  async function exportXlsx(path: string, fileName: string): Promise<void> {
    exporting.value = true
    try {
      await download(path, filterQuery(), fileName)
    } catch (e) {
      ElMessage.error(t('common.exportFailed', { msg: errorText(e) }))
    } finally {
      exporting.value = false
    }
  }

  return { items, total, page, size, sort, order, loading, exporting, load, search, onSortChange, exportXlsx }
}
