import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { CampaignDetail, CampaignRow, ItemInput, Member, MyCampaign, MyEvaluation, NoticeList, Template } from './types'

// server/modules/evaluation/README.md, call for call.
export const evaluationApi = {
  list: (q: Query) => http.get<Page<CampaignRow>>('/api/evaluations', q),
  get: (id: number) => http.get<CampaignDetail>(`/api/evaluations/${id}`),
  create: (body: { orgUnitId: number; year: number; title?: string; scrutineerUserIds?: number[] }) =>
    http.post<CampaignDetail>('/api/evaluations', body),
  remove: (id: number) => http.del<void>(`/api/evaluations/${id}`),
  putItems: (id: number, items: ItemInput[]) => http.put<CampaignDetail>(`/api/evaluations/${id}/items`, { items }),
  template: (orgUnitId: number) => http.get<Template>(`/api/evaluation-templates/${orgUnitId}`),
  putTemplate: (orgUnitId: number, items: ItemInput[]) => http.put<Template>(`/api/evaluation-templates/${orgUnitId}`, { items }),
  step: (id: number, action: string, body?: { noticeFrom?: string; noticeTo?: string }) =>
    http.post<CampaignDetail>(`/api/evaluations/${id}/${action}`, action === 'notice' ? (body ?? {}) : undefined),
  peerCounts: (id: number) => http.post<CampaignDetail>(`/api/evaluations/${id}/peer-counts`),
  scores: (id: number, personId: number, scores: number[]) =>
    http.put<Member>(`/api/evaluations/${id}/members/${personId}/scores`, { scores }),
  propose: (id: number, personId: number, grade: string | null) =>
    http.put<Member>(`/api/evaluations/${id}/members/${personId}/proposal`, { grade }),
  final: (id: number, personId: number, grade: string | null, note: string) =>
    http.put<Member>(`/api/evaluations/${id}/members/${personId}/final`, { grade, note }),
  notice: (id: number) => http.get<NoticeList>(`/api/evaluations/${id}/notice`),
  my: () => http.get<MyEvaluation>('/api/my/evaluation'),
  writeSelf: (id: number, text: string) => http.put<MyCampaign>(`/api/my/evaluation/${id}/self`, { text }),
}
