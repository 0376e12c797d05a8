import { http } from '@/app/http'
import type { Dashboard } from './types'

export const dashboardApi = {
  get: (year: number) => http.get<Dashboard>('/api/reports/dashboard', { year }),
}
