import { download, http, request, type Query } from '@/app/http'
import type { AttachmentRef, Regulation, RegulationDiff, RegulationInput, RegulationSearchPage } from './types'

// server/modules/regulations/README.md, call for call.
export const regulationsApi = {
  list: (q: Query) => http.get<RegulationSearchPage>('/api/regulations', q),
  get: (id: number) => http.get<Regulation>(`/api/regulations/${id}`),
  create: (body: RegulationInput) => http.post<Regulation>('/api/regulations', body),
  update: (id: number, body: Partial<RegulationInput>) => http.put<Regulation>(`/api/regulations/${id}`, body),
  newVersion: (id: number, body: { title: string; body: string; note: string }) => http.post<Regulation>(`/api/regulations/${id}/versions`, body),
  diff: (id: number, from: number, to: number) => http.get<RegulationDiff>(`/api/regulations/${id}/diff`, { from, to }),
}

export const regulationFilesApi = {
  upload: (ownerId: number, file: File) =>
    request<AttachmentRef>('POST', '/api/attachments', {
      query: { ownerType: 'regulation', ownerId },
      raw: file,
      headers: { 'X-Filename': encodeURIComponent(file.name), 'Content-Type': file.type || 'application/octet-stream' },
    }),
  download: (a: Pick<AttachmentRef, 'id' | 'name'>) => download(`/api/attachments/${a.id}`, {}, a.name),
}
