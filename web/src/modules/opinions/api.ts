import { http, request, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type {
  CalendarDay, Department, DepartmentAccount, DeputyOption, Opinion, OpinionPage, Options, PublicItem, RecordInput, Submitted, SubmitInput,
  Suggestion, SuggestionRow, VoterView,
} from './types'
import { deviceId } from './types'

// server/modules/opinions/README.md, call for call.
export const publicApi = {
  options: () => http.get<Options>('/api/public/opinions/options'),
  submit: (body: SubmitInput) =>
    request<Submitted>('POST', '/api/public/opinions', { body, headers: { 'X-Device-Id': deviceId() } }),
  track: (code: string) => http.post<VoterView>('/api/public/opinions/track', { code }),
  rate: (code: string, rating: string, comment: string) =>
    http.post<VoterView>('/api/public/opinions/rate', { code, rating, comment }),
  list: (q: Query) => http.get<Page<PublicItem>>('/api/public/opinions', q),
  /** A photo for the voter's own new opinion, proved by the query code just given. */
  photo: (code: string, file: File) =>
    request<{ photos: number }>('POST', '/api/public/opinions/photos', {
      raw: file,
      headers: { 'X-Query-Code': code, 'X-Filename': encodeURIComponent(file.name) },
    }),
}

export const opinionsApi = {
  list: (q: Query) => http.get<OpinionPage>('/api/opinions', q),
  get: (id: number) => http.get<Opinion>(`/api/opinions/${id}`),
  record: (body: RecordInput) => http.post<Submitted>('/api/opinions', body),
  contact: (id: number) => http.get<{ name: string; phone: string }>(`/api/opinions/${id}/contact`),
  step: (id: number, path: string, body: Record<string, unknown>) => http.post<Opinion>(`/api/opinions/${id}/${path}`, body),
  summary: (id: number, publicSummary: string) => http.put<Opinion>(`/api/opinions/${id}/summary`, { publicSummary }),
  photo: (id: number, file: File) =>
    request('POST', `/api/opinions/${id}/photos`, { raw: file, headers: { 'X-Filename': encodeURIComponent(file.name) } }),
  departments: () => http.get<Department[]>('/api/departments'),
  /** Serving deputies by name, the opinion's workstation first when no name is typed. */
  deputies: (q: string, workstationId?: number | null) =>
    http.get<Page<DeputyOption>>('/api/deputies', { q, workstationId: q ? undefined : workstationId ?? undefined, pageSize: 20 }),
}

export const suggestionsApi = {
  list: (q: Query) => http.get<Page<SuggestionRow>>('/api/suggestions', q),
  get: (id: number) => http.get<Suggestion>(`/api/suggestions/${id}`),
  submit: (body: Record<string, unknown>) => http.post<Suggestion>('/api/suggestions', body),
  step: (id: number, path: string, body: Record<string, unknown>) => http.post<Suggestion>(`/api/suggestions/${id}/${path}`, body),
}

export const calendarApi = {
  list: (year: number) => http.get<{ year: string; days: CalendarDay[] }>('/api/work-calendar', { year }),
  add: (body: CalendarDay) => http.post<CalendarDay>('/api/work-calendar', body),
  remove: (day: string) => http.del<void>(`/api/work-calendar/${day}`),
}

/** The departments that answer referrals (calendar_routes.cpp, department_routes.cpp). */
export const departmentsApi = {
  list: () => http.get<Department[]>('/api/departments'),
  add: (name: string) => http.post<Department>('/api/departments', { name }),
  update: (id: number, body: { name?: string; active?: boolean }) => http.put<Department>(`/api/departments/${id}`, body),
  setUsers: (id: number, userIds: number[]) => http.put<{ userIds: number[] }>(`/api/departments/${id}/users`, { userIds }),
  accounts: () => http.get<DepartmentAccount[]>('/api/departments/accounts'),
}
