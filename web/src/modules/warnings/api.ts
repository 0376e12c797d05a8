import { http, type Query } from '@/app/http'
import type { CardPage, EvaluateResult, ManualCardInput, MyWarnings, WarningCard, WarningList } from './types'

// server/modules/warnings/README.md, call for call.
export const warningsApi = {
  list: (q: Query) => http.get<WarningList>('/api/warnings', q),
  card: (id: number) => http.get<WarningCard>(`/api/warnings/${id}`),
  person: (id: number) => http.get<CardPage>(`/api/warnings/people/${id}`),
  evaluate: () => http.post<EvaluateResult>('/api/warnings/evaluate'),
  issue: (body: ManualCardInput) => http.post<WarningCard>('/api/warnings', body),
  lift: (id: number, note: string) => http.post<WarningCard>(`/api/warnings/${id}/lift`, { note }),
  acknowledge: (id: number) => http.post<WarningCard>(`/api/warnings/${id}/acknowledge`),
  my: () => http.get<MyWarnings>('/api/my/warnings'),
}
