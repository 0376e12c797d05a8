import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { Message, SendNotice } from './types'

export const messagesApi = {
  list: (q: Query) => http.get<Page<Message>>('/api/messages', q),
  markRead: (id: number) => http.post<void>(`/api/messages/${id}/read`),
  markAllRead: () => http.post<void>('/api/messages/read-all'),
  send: (body: SendNotice) => http.post<{ sent: number }>('/api/messages', body),
}
