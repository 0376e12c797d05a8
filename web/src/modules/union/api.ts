import { download, http, request, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type {
  Activity,
  ActivityDetail,
  Book,
  BookDetail,
  ContestDetail,
  ContestInput,
  ContestKind,
  Loan,
  Photo,
  PersonOption,
  UnionMember,
} from './types'

// server/modules/union/README.md, call for call.
export const membersApi = {
  list: (q: Query) => http.get<Page<UnionMember>>('/api/union/members', q),
  add: (body: { personId: number; joinedOn: string; note: string }) => http.post<UnionMember>('/api/union/members', body),
  update: (id: number, body: { joinedOn: string; status: string; leftOn: string | null; note: string }) =>
    http.put<UnionMember>(`/api/union/members/${id}`, body),
}

const base = (kind: ContestKind) => `/api/union/${kind}s`

export const contestsApi = {
  list: (kind: ContestKind, q: Query) => http.get<Page<ContestDetail>>(base(kind), q),
  get: (kind: ContestKind, id: number) => http.get<ContestDetail>(`${base(kind)}/${id}`),
  create: (kind: ContestKind, body: ContestInput) => http.post<ContestDetail>(base(kind), body),
  update: (kind: ContestKind, id: number, body: ContestInput) => http.put<ContestDetail>(`${base(kind)}/${id}`, body),
  remove: (kind: ContestKind, id: number) => http.del<{ deleted: boolean }>(`${base(kind)}/${id}`),
  step: (kind: ContestKind, id: number, step: 'open' | 'close' | 'announce') => http.post<ContestDetail>(`${base(kind)}/${id}/${step}`),
  nominate: (id: number, body: { personId: number | null; name: string | null; reason: string }) =>
    http.post<ContestDetail>(`/api/union/selections/${id}/nominations`, body),
  withdraw: (id: number, nominationId: number) => http.del<ContestDetail>(`/api/union/selections/${id}/nominations/${nominationId}`),
}

export const activitiesApi = {
  list: (q: Query) => http.get<Page<Activity>>('/api/union/activities', q),
  get: (id: number) => http.get<ActivityDetail>(`/api/union/activities/${id}`),
  create: (body: Omit<Activity, 'id' | 'attendees'>) => http.post<ActivityDetail>('/api/union/activities', body),
  update: (id: number, body: Omit<Activity, 'id' | 'attendees'>) => http.put<ActivityDetail>(`/api/union/activities/${id}`, body),
  remove: (id: number) => http.del<{ deleted: boolean }>(`/api/union/activities/${id}`),
  attendance: (id: number, personIds: number[]) => http.put<ActivityDetail>(`/api/union/activities/${id}/attendance`, { personIds }),
  upload: (id: number, file: File) =>
    request<Photo>('POST', '/api/attachments', {
      query: { ownerType: 'union_activity', ownerId: id },
      raw: file,
      headers: { 'X-Filename': encodeURIComponent(file.name), 'Content-Type': file.type || 'application/octet-stream' },
    }),
  download: (p: Pick<Photo, 'id' | 'name'>) => download(`/api/attachments/${p.id}`, {}, p.name),
}

export const libraryApi = {
  books: (q: Query) => http.get<Page<Book>>('/api/library/books', q),
  book: (id: number) => http.get<BookDetail>(`/api/library/books/${id}`),
  createBook: (body: { isbn: string; title: string; author: string; publisher: string; publishedYear: number | null; copies: number }) =>
    http.post<BookDetail>('/api/library/books', body),
  addCopies: (id: number, count: number) => http.post<BookDetail>(`/api/library/books/${id}/copies`, { count }),
  loans: (q: Query) => http.get<Page<Loan> & { loanDays: number }>('/api/library/loans', q),
  lend: (copyId: number, personId: number) => http.post<Loan>('/api/library/loans', { copyId, personId }),
  giveBack: (id: number) => http.post<Loan>(`/api/library/loans/${id}/return`, {}),
}

/** People search for the pickers (the org registry). */
export const peopleApi = {
  search: (q: string) => http.get<Page<PersonOption>>('/api/people', { q, pageSize: 20 }),
}
