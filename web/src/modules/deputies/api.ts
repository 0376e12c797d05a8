import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { ContactInput, ContactLog, Coverage, Deputy, DeputyCard, DeputySummary, Liaison, Workstation, WorkstationInput } from './types'

type ListAnswer<T> = T[] | Page<T>

export const deputiesApi = {
  list: (q: Query) => http.get<Page<Deputy>>('/api/deputies', q),
  summary: () => http.get<DeputySummary>('/api/deputies/summary'),
  card: (id: number) => http.get<DeputyCard>(`/api/deputies/${id}`),
  workstations: () => http.get<ListAnswer<Workstation>>('/api/workstations'),
  createWorkstation: (body: WorkstationInput) => http.post<Workstation>('/api/workstations', body),
  updateWorkstation: (id: number, body: WorkstationInput) => http.put<Workstation>(`/api/workstations/${id}`, body),
  coverage: () => http.get<Coverage>('/api/coverage'),
  liaisons: (q: Query) => http.get<ListAnswer<Liaison>>('/api/liaisons', q),
  assign: (body: { partyPersonId: number; nonPartyPersonId: number; assignedOn: string }) => http.post<Liaison>('/api/liaisons', body),
  endLiaison: (id: number, endedOn: string) => http.post<void>(`/api/liaisons/${id}/end`, { endedOn }),
  contacts: (id: number) => http.get<ListAnswer<ContactLog>>(`/api/liaisons/${id}/contacts`),
  logContact: (id: number, body: ContactInput) => http.post<ContactLog>(`/api/liaisons/${id}/contacts`, body),
}
