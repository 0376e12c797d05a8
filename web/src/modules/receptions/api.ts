import { download, http, request, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type {
  AttachmentRef,
  DutyEntry,
  DutyRecord,
  DutyRecordList,
  DutySummary,
  GuidanceInput,
  GuidanceRecord,
  MyReceptions,
  PublicReceptions,
  Reception,
  ReceptionInput,
} from './types'

// server/modules/receptions/README.md, call for call.
export const receptionsApi = {
  list: (q: Query) => http.get<Page<Reception>>('/api/receptions', q),
  get: (id: number) => http.get<Reception>(`/api/receptions/${id}`),
  create: (body: ReceptionInput) => http.post<Reception>('/api/receptions', body),
  update: (id: number, body: ReceptionInput) => http.put<Reception>(`/api/receptions/${id}`, body),
  cancel: (id: number, reason: string) => http.post<Reception>(`/api/receptions/${id}/cancel`, { reason }),
  held: (id: number, visitors: number, summary: string) => http.post<Reception>(`/api/receptions/${id}/held`, { visitors, summary }),
  summary: (year: number, belowOnly: boolean) => http.get<DutySummary>('/api/receptions/summary', { year, belowOnly: belowOnly ? 1 : undefined }),
  mine: () => http.get<MyReceptions>('/api/my/receptions'),
  public: () => http.get<PublicReceptions>('/api/public/receptions'),
}

export const guidanceApi = {
  list: (q: Query) => http.get<Page<GuidanceRecord>>('/api/guidance', q),
  get: (id: number) => http.get<GuidanceRecord>(`/api/guidance/${id}`),
  create: (body: GuidanceInput) => http.post<GuidanceRecord>('/api/guidance', body),
  update: (id: number, body: GuidanceInput) => http.put<GuidanceRecord>(`/api/guidance/${id}`, body),
  remove: (id: number) => http.del<{ deleted: boolean }>(`/api/guidance/${id}`),
}

export const dutyApi = {
  list: (q: Query) => http.get<DutyRecordList>('/api/duty-records', q),
  get: (personId: number, year: number) => http.get<DutyRecord>(`/api/duty-records/${personId}`, { year }),
  mine: (year: number) => http.get<DutyRecord>('/api/my/duty-record', { year }),
  addEntry: (personId: number, body: { entryDate: string; kind: string; description: string }) =>
    http.post<DutyEntry>(`/api/duty-records/${personId}/entries`, body),
  removeEntry: (id: number) => http.del<{ deleted: boolean }>(`/api/duty-entries/${id}`),
}

/** Evidence files: owner types guidance_record and duty_entry. */
export const filesApi = {
  upload: (ownerType: 'guidance_record' | 'duty_entry', ownerId: number, file: File) =>
    request<AttachmentRef>('POST', '/api/attachments', {
      query: { ownerType, ownerId },
      raw: file,
      headers: { 'X-Filename': encodeURIComponent(file.name), 'Content-Type': file.type || 'application/octet-stream' },
    }),
  download: (a: Pick<AttachmentRef, 'id' | 'name'>) => download(`/api/attachments/${a.id}`, {}, a.name),
}
