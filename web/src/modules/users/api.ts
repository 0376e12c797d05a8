import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { User, UserCreate, UserUpdate } from './types'

export const usersApi = {
  list: (q: Query) => http.get<Page<User>>('/api/users', q),
  create: (body: UserCreate) => http.post<{ user: User; initialPassword: string }>('/api/users', body),
  update: (id: number, body: UserUpdate) => http.put<User>(`/api/users/${id}`, body),
  setRoles: (id: number, roles: string[]) => http.put<User>(`/api/users/${id}/roles`, { roles }),
  resetPassword: (id: number) => http.post<{ initialPassword: string }>(`/api/users/${id}/reset-password`),
  lock: (id: number) => http.post<void>(`/api/users/${id}/lock`),
  unlock: (id: number) => http.post<void>(`/api/users/${id}/unlock`),
  resetTotp: (id: number) => http.post<void>(`/api/users/${id}/reset-totp`),
  reveal: (id: number) => http.post<{ phone: string }>(`/api/users/${id}/reveal`),
}
