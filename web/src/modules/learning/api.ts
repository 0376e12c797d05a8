import { http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type {
  AttemptResult,
  HoursReport,
  LawDetail,
  LawInput,
  LawList,
  MyLearning,
  Plan,
  PlanInput,
  Quiz,
  QuizInput,
  StudyInput,
  StudyResult,
} from './types'

// server/modules/learning/README.md, call for call.
export const learningApi = {
  plans: (q: Query) => http.get<Page<Plan>>('/api/learning/plans', q),
  createPlan: (body: PlanInput) => http.post<Plan>('/api/learning/plans', body),
  updatePlan: (id: number, body: PlanInput) => http.put<Plan>(`/api/learning/plans/${id}`, body),
  removePlan: (id: number) => http.del<void>(`/api/learning/plans/${id}`),

  laws: (year: number) => http.get<LawList>('/api/learning/laws', { year }),
  law: (id: number) => http.get<LawDetail>(`/api/learning/laws/${id}`),
  createLaw: (body: LawInput) => http.post<LawDetail>('/api/learning/laws', body),
  updateLaw: (id: number, body: LawInput) => http.put<LawDetail>(`/api/learning/laws/${id}`, body),
  study: (id: number, body: StudyInput) => http.post<StudyResult>(`/api/learning/laws/${id}/study`, body),
  saveQuiz: (id: number, body: QuizInput) => http.put<Quiz>(`/api/learning/laws/${id}/quiz`, body),
  attempt: (id: number, answers: number[][]) => http.post<AttemptResult>(`/api/learning/laws/${id}/quiz/attempts`, { answers }),

  hours: (q: Query) => http.get<HoursReport>('/api/learning/hours', q),
  my: (year: number) => http.get<MyLearning>('/api/my/learning', { year }),
}
