import { http, request } from './http'
import type { Lang, Me, OrgUnit, Role } from '@/shared/types'

export interface LoginBody {
  username: string
  password: string
  totpCode?: string
}

export interface TotpSetup {
  secret: string
  otpauthUri: string
}

export const authApi = {
  login: (body: LoginBody) => http.post<Me>('/api/auth/login', body),
  logout: () => http.post<void>('/api/auth/logout'),
  me: () => request<Me>('GET', '/api/auth/me', { silent: true }),
  changePassword: (oldPassword: string, newPassword: string) =>
    http.post<Me>('/api/auth/password', { oldPassword, newPassword }),
  totpSetup: () => http.post<TotpSetup>('/api/auth/totp/setup'),
  totpEnable: (code: string) => http.post<Me>('/api/auth/totp/enable', { code }),
  setLanguage: (lang: Lang) => http.put<Me>('/api/auth/preferences', { lang }),
  roles: () => http.get<Role[]>('/api/roles'),
  orgUnits: () => http.get<OrgUnit[]>('/api/org-units'),
}
