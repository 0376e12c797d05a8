import { download, http, request, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { IntakeResult, Item, ItemInput, ItemRow, Progress, Evidence } from './types'

// server/modules/rectification/README.md, call for call.
export const rectificationApi = {
  items: (q: Query) => http.get<Page<ItemRow>>('/api/rectification/items', q),
  item: (id: number) => http.get<Item>(`/api/rectification/items/${id}`),
  create: (body: ItemInput) => http.post<Item>('/api/rectification/items', body),
  update: (id: number, body: ItemInput) => http.put<Item>(`/api/rectification/items/${id}`, body),
  step: (id: number, action: string, note: string) => http.post<Item>(`/api/rectification/items/${id}/${action}`, { note }),
  report: (id: number, reportOn: string, text: string) => http.post<Item>(`/api/rectification/items/${id}/reports`, { reportOn, text }),
  link: (id: number, relatedId: number) => http.post<Item>(`/api/rectification/items/${id}/links`, { relatedId }),
  unlink: (id: number, relatedId: number) => http.post<Item>(`/api/rectification/items/${id}/unlink`, { relatedId }),
  progress: (q: Query) => http.get<Progress>('/api/rectification/progress', q),
  intake: () => http.post<IntakeResult>('/api/rectification/intake'),
  fromFinding: (findingId: number) => http.post<{ id: number; created: boolean }>(`/api/rectification/from-finding/${findingId}`),
  uploadEvidence: (id: number, file: File) =>
    request<Evidence>('POST', '/api/attachments', {
      query: { ownerType: 'rectification', ownerId: id },
      raw: file,
      headers: { 'X-Filename': encodeURIComponent(file.name), 'Content-Type': file.type || 'application/octet-stream' },
    }),
  downloadEvidence: (e: Pick<Evidence, 'id' | 'name'>) => download(`/api/attachments/${e.id}`, {}, e.name),
}
