import { download, http, request, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type {
  AttachmentRef,
  Compliance,
  Meeting,
  MeetingDetail,
  MeetingInput,
  MeetingUpdate,
  MyMeeting,
  MyMissed,
  Rhythm,
  RhythmItem,
  SigninCode,
  SigninResult,
} from './types'

// server/modules/orglife/README.md, call for call.
export const meetingsApi = {
  list: (q: Query) => http.get<Page<Meeting>>('/api/meetings', q),
  get: (id: number) => http.get<MeetingDetail>(`/api/meetings/${id}`),
  create: (body: MeetingInput) => http.post<Meeting>('/api/meetings', body),
  update: (id: number, body: MeetingUpdate) => http.put<MeetingDetail>(`/api/meetings/${id}`, body),
  close: (id: number) => http.post<MeetingDetail>(`/api/meetings/${id}/close`),
  remove: (id: number) => http.del<void>(`/api/meetings/${id}`),
  correct: (id: number, personId: number, body: { status: string; reason: string; correctionReason: string }) =>
    http.put<MeetingDetail>(`/api/meetings/${id}/attendance/${personId}`, body),
  signinCode: (id: number) => http.post<SigninCode>(`/api/meetings/${id}/signin-code`),
}

export const signinApi = {
  withToken: (token: string) => http.post<SigninResult>('/api/signin', { token }),
  withCode: (meetingId: number, code: string) => http.post<SigninResult>('/api/signin', { meetingId, code }),
  myMeetings: () => http.get<MyMeeting[]>('/api/my/meetings'),
  myMissed: (year?: number) => http.get<MyMissed>('/api/my/missed', year ? { year } : undefined),
}

export const complianceApi = {
  get: (q: Query) => http.get<Compliance>('/api/compliance', q),
  rhythm: (orgUnitId: number) => http.get<Rhythm>(`/api/compliance/rhythm/${orgUnitId}`),
  setRhythm: (orgUnitId: number, items: RhythmItem[]) => http.put<Rhythm>(`/api/compliance/rhythm/${orgUnitId}`, { items }),
}

// Photos and PDFs of a meeting (owner type `meeting`, owner id = the meeting's id).
export const attachmentsApi = {
  upload: (meetingId: number, file: File) =>
    request<AttachmentRef>('POST', '/api/attachments', {
      query: { ownerType: 'meeting', ownerId: meetingId },
      raw: file,
      headers: { 'X-Filename': encodeURIComponent(file.name), 'Content-Type': file.type || 'application/octet-stream' },
    }),
  download: (a: Pick<AttachmentRef, 'id' | 'name'>) => download(`/api/attachments/${a.id}`, {}, a.name),
  url: (id: number) => `/api/attachments/${id}`,
}
