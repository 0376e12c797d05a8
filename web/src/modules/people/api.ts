import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { FlatUnit } from '@/shared/orgTree'
import type { Person, PersonDetail, PersonInput, Membership } from './types'

export const peopleApi = {
  list: (q: Query) => http.get<Page<Person>>('/api/people', q),
  get: (id: number) => http.get<PersonDetail>(`/api/people/${id}`),
  create: (body: PersonInput) => http.post<Person>('/api/people', body),
  update: (id: number, body: PersonInput) => http.put<Person>(`/api/people/${id}`, body),
  reveal: (id: number) => http.post<{ idCard: string; phone: string }>(`/api/people/${id}/reveal`),
  addMembership: (id: number, body: { orgUnitId: number; role: string; isPrimary: boolean; startedOn: string }) =>
    http.post<Membership>(`/api/people/${id}/memberships`, body),
  endMembership: (id: number, endedOn: string) => http.post<void>(`/api/memberships/${id}/end`, { endedOn }),
  transfer: (id: number, body: { toUnitId: number; transferredOn: string; reason: string }) =>
    http.post<unknown>(`/api/people/${id}/transfer`, body),
}

/** The org tree for the unit pickers (the registry's own units, current ones only). */
export const orgTreeApi = {
  units: () => http.get<FlatUnit[]>('/api/org/tree'),
}
