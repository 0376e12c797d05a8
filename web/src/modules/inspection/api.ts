import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { Answer, AnswerResult, Checklist, ChecklistDetail, ChecklistInput, Finding, FindingInput, MyInspection } from './types'

// server/modules/inspection/README.md, call for call.
export const inspectionApi = {
  checklists: (q: Query) => http.get<Page<Checklist>>('/api/inspection/checklists', q),
  checklist: (id: number) => http.get<ChecklistDetail>(`/api/inspection/checklists/${id}`),
  create: (body: ChecklistInput) => http.post<Checklist>('/api/inspection/checklists', body),
  update: (id: number, body: ChecklistInput) => http.put<Checklist>(`/api/inspection/checklists/${id}`, body),
  remove: (id: number) => http.del<void>(`/api/inspection/checklists/${id}`),
  open: (id: number) => http.post<Checklist>(`/api/inspection/checklists/${id}/open`, {}),
  close: (id: number) => http.post<Checklist>(`/api/inspection/checklists/${id}/close`, {}),
  answer: (id: number, answers: Answer[]) => http.post<AnswerResult>(`/api/inspection/checklists/${id}/answers`, { answers }),
  findings: (q: Query) => http.get<Page<Finding>>('/api/inspection/findings', q),
  updateFinding: (id: number, body: FindingInput) => http.put<Finding>(`/api/inspection/findings/${id}`, body),
  my: () => http.get<MyInspection>('/api/my/inspection'),
}
