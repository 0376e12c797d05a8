import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { AuditEntry, ChainCheck } from './types'

export const auditApi = {
  list: (q: Query) => http.get<Page<AuditEntry>>('/api/audit', q),
  verify: () => http.get<ChainCheck>('/api/audit/verify'),
}
