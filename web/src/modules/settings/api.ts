import { http } from '@/app/http'
import type { Setting, SettingValue } from './types'

export const settingsApi = {
  list: () => http.get<Setting[]>('/api/settings'),
  save: (key: string, value: SettingValue) => http.put<Setting>(`/api/settings/${encodeURIComponent(key)}`, { value }),
}
