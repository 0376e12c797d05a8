import { http } from '@/app/http'
import type { Committee, TreeUnit, UnitDetail, UnitKind } from './types'

export const orgApi = {
  tree: (retired = false) => http.get<TreeUnit[]>('/api/org/tree', retired ? { retired: 1 } : undefined),
  create: (body: { parentId: number | null; name: string; kind: UnitKind }) => http.post<TreeUnit>('/api/org/units', body),
  rename: (id: number, name: string) => http.put<TreeUnit>(`/api/org/units/${id}`, { name }),
  move: (id: number, parentId: number | null) => http.post<TreeUnit>(`/api/org/units/${id}/move`, { parentId }),
  retire: (id: number) => http.post<TreeUnit>(`/api/org/units/${id}/retire`),
  detail: (id: number) => http.get<UnitDetail>(`/api/org/units/${id}`),
  committees: () => http.get<Committee[]>('/api/org/committees'),
}
