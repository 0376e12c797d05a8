import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { AccountabilityRecord, RecordInput } from './types'

// server/modules/accountability/README.md, call for call.
export const accountabilityApi = {
  list: (q: Query) => http.get<Page<AccountabilityRecord>>('/api/accountability', q),
  get: (id: number) => http.get<AccountabilityRecord>(`/api/accountability/${id}`),
  create: (body: RecordInput) => http.post<AccountabilityRecord>('/api/accountability', body),
  update: (id: number, body: RecordInput) => http.put<AccountabilityRecord>(`/api/accountability/${id}`, body),
  people: (q: string) => http.get<Page<{ id: number; name: string; unit: string }>>('/api/people', { q, pageSize: 20 }),
}
