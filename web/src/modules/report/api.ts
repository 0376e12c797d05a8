import { http, request } from '@/app/http'
import { periodQuery, type AnnualReport, type Period } from './types'

export interface ParagraphRef {
  from: string
  to: string
  section: string
  key: string
}

export const reportApi = {
  get: (p: Period) => http.get<AnnualReport>('/api/reports/annual', periodQuery(p)),
  saveParagraph: (ref: ParagraphRef, text: string) => http.put<unknown>('/api/reports/annual/paragraphs', { ...ref, text }),
  /** Drops the edited text: the generated one shows again. */
  restoreParagraph: (ref: ParagraphRef) => request<unknown>('DELETE', '/api/reports/annual/paragraphs', { query: { ...ref } }),
}
