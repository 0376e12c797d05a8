import { http, type Query } from '@/app/http'
import type { BaseInput, DuesBase, DuesList, MyDues, Notice, PaymentInput, PaymentResult, PersonDues } from './types'

// server/modules/dues/README.md, call for call.
export const duesApi = {
  list: (q: Query) => http.get<DuesList>('/api/dues', q),
  person: (id: number) => http.get<PersonDues>(`/api/dues/people/${id}`),
  addBase: (id: number, body: BaseInput) => http.post<DuesBase>(`/api/dues/people/${id}/bases`, body),
  addPayment: (id: number, body: PaymentInput) => http.post<PaymentResult>(`/api/dues/people/${id}/payments`, body),
  notice: (orgUnitId: number, year: number) => http.get<Notice>(`/api/dues/branches/${orgUnitId}/notice`, { year }),
  my: () => http.get<MyDues>('/api/my/dues'),
}
