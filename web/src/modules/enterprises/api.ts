import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { Enterprise, EnterpriseInput, Help, Instructor, Visit } from './types'

// server/modules/enterprises/README.md, call for call.
export const enterprisesApi = {
  list: (q: Query) => http.get<Page<Enterprise>>('/api/enterprises', q),
  get: (id: number) => http.get<Enterprise>(`/api/enterprises/${id}`),
  create: (body: EnterpriseInput) => http.post<Enterprise>('/api/enterprises', body),
  update: (id: number, body: EnterpriseInput) => http.put<Enterprise>(`/api/enterprises/${id}`, body),
  remove: (id: number) => http.del<{ deleted: boolean }>(`/api/enterprises/${id}`),
  addVisit: (id: number, body: { visitedOn: string; help: Help; content: string; helpGiven: string }) =>
    http.post<Visit>(`/api/enterprises/${id}/visits`, body),
}

export const visitsApi = {
  list: (q: Query) => http.get<Page<Visit>>('/api/enterprise-visits', q),
  remove: (id: number) => http.del<{ deleted: boolean }>(`/api/enterprise-visits/${id}`),
}

export const instructorsApi = {
  list: () => http.get<{ items: Instructor[] }>('/api/enterprise-instructors'),
  pledge: (personId: number, pledgedOn: string) => http.put<{ personId: number; pledgedOn: string }>(`/api/enterprise-instructors/${personId}/pledge`, { pledgedOn }),
}
