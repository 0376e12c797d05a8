import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { Acknowledgement, Donation, DonationInput, Totals } from './types'

// server/modules/donations/README.md, call for call.
export const donationsApi = {
  list: (q: Query) => http.get<Page<Donation>>('/api/donations', q),
  get: (id: number) => http.get<Donation>(`/api/donations/${id}`),
  create: (body: DonationInput) => http.post<Donation>('/api/donations', body),
  update: (id: number, body: DonationInput) => http.put<Donation>(`/api/donations/${id}`, body),
  remove: (id: number) => http.del<{ deleted: boolean }>(`/api/donations/${id}`),
  totals: (q: Query) => http.get<Totals>('/api/donations/totals', q),
  acknowledgement: (campaign: string) => http.get<Acknowledgement>('/api/donations/acknowledgement', { campaign }),
}
