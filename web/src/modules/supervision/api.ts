import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { DeliberationOpinion, Hearing, ItemInput, Rating, SupervisionItem, Target } from './types'

// server/modules/supervision/README.md, call for call.
export const supervisionApi = {
  items: (q: Query) => http.get<Page<SupervisionItem>>('/api/supervision/items', q),
  item: (id: number) => http.get<SupervisionItem>(`/api/supervision/items/${id}`),
  createItem: (body: ItemInput) => http.post<SupervisionItem>('/api/supervision/items', body),
  updateItem: (id: number, body: ItemInput) => http.put<SupervisionItem>(`/api/supervision/items/${id}`, body),
  targets: () => http.get<{ items: Target[] }>('/api/supervision/targets'),
  opinions: (q: Query) => http.get<Page<DeliberationOpinion>>('/api/supervision/opinions', q),
  opinion: (id: number) => http.get<DeliberationOpinion>(`/api/supervision/opinions/${id}`),
  send: (itemId: number, content: string, deadline: string) =>
    http.post<DeliberationOpinion>(`/api/supervision/items/${itemId}/opinions`, deadline ? { content, deadline } : { content }),
  reply: (id: number, content: string) => http.post<DeliberationOpinion>(`/api/supervision/opinions/${id}/reply`, { content }),
  urge: (id: number, note: string) => http.post<DeliberationOpinion>(`/api/supervision/opinions/${id}/urge`, { note }),
  followUp: (id: number, note: string, deadline: string) => http.post<DeliberationOpinion>(`/api/supervision/opinions/${id}/follow-up`, { note, deadline }),
  rate: (id: number, rating: Rating) => http.post<DeliberationOpinion>(`/api/supervision/opinions/${id}/rating`, { rating }),
  close: (id: number, note: string) => http.post<DeliberationOpinion>(`/api/supervision/opinions/${id}/close`, { note }),
  hearings: (q: Query) => http.get<Page<Hearing>>('/api/supervision/hearings', q),
  createHearing: (body: Omit<Hearing, 'id'>) => http.post<Hearing>('/api/supervision/hearings', body),
}
