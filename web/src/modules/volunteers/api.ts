import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { Activity, ActivityInput, HoursSummary, MyVolunteering, TeamMember } from './types'

// server/modules/volunteers/README.md, call for call.
export const activitiesApi = {
  list: (q: Query) => http.get<Page<Activity>>('/api/volunteers/activities', q),
  get: (id: number) => http.get<Activity>(`/api/volunteers/activities/${id}`),
  create: (body: ActivityInput) => http.post<Activity>('/api/volunteers/activities', body),
  update: (id: number, body: ActivityInput) => http.put<Activity>(`/api/volunteers/activities/${id}`, body),
  remove: (id: number) => http.del<{ deleted: boolean }>(`/api/volunteers/activities/${id}`),
  signUp: (id: number) => http.post<Activity>(`/api/volunteers/activities/${id}/signup`),
  cancel: (id: number) => http.del<Activity>(`/api/volunteers/activities/${id}/signup`),
  attendance: (id: number, memberId: number, minutes: number) =>
    http.put<Activity>(`/api/volunteers/activities/${id}/attendance`, { memberId, minutes }),
}

export const teamApi = {
  list: (q: Query) => http.get<Page<TeamMember>>('/api/volunteers/members', q),
  add: (body: { personId: number; joinedOn?: string; skills?: string }) => http.post<TeamMember>('/api/volunteers/members', body),
  update: (id: number, body: { joinedOn?: string; skills?: string }) => http.put<TeamMember>(`/api/volunteers/members/${id}`, body),
  remove: (id: number) => http.del<{ deleted: boolean }>(`/api/volunteers/members/${id}`),
}

export const hoursApi = {
  summary: (year: number) => http.get<HoursSummary>('/api/volunteers/hours', { year }),
  mine: (year: number) => http.get<MyVolunteering>('/api/my/volunteering', { year }),
}
