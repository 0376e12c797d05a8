import { download, http, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type {
  PaperBatch,
  ProgressEntry,
  ProgressInput,
  Project,
  ProjectDetail,
  ProjectInput,
  ProjectStatus,
  RosterRow,
  UserRef,
  VoteDetail,
  VoteInput,
  VoteProgress,
  VoteResult,
  VoteSummary,
} from './types'

// server/modules/votes/README.md, call for call.
export const projectsApi = {
  list: (q: Query) => http.get<Page<Project>>('/api/livelihood-projects', q),
  get: (id: number) => http.get<ProjectDetail>(`/api/livelihood-projects/${id}`),
  create: (body: ProjectInput) => http.post<Project>('/api/livelihood-projects', body),
  update: (id: number, body: ProjectInput) => http.put<Project>(`/api/livelihood-projects/${id}`, body),
  setStatus: (id: number, status: ProjectStatus) => http.post<Project>(`/api/livelihood-projects/${id}/status`, { status }),
  addProgress: (id: number, body: ProgressInput) => http.post<ProgressEntry>(`/api/livelihood-projects/${id}/progress`, body),
  rectification: (id: number, body: { note: string; due: string }) => http.put<Project>(`/api/livelihood-projects/${id}/rectification`, body),
}

export const votesApi = {
  list: (q: Query) => http.get<Page<VoteSummary>>('/api/votes', q),
  get: (id: number) => http.get<VoteDetail>(`/api/votes/${id}`),
  create: (body: VoteInput) => http.post<VoteSummary>('/api/votes', body),
  remove: (id: number) => http.del<void>(`/api/votes/${id}`),
  open: (id: number) => http.post<void>(`/api/votes/${id}/open`),
  close: (id: number) => http.post<void>(`/api/votes/${id}/close`),
  progress: (id: number) => http.get<VoteProgress>(`/api/votes/${id}/progress`),
  result: (id: number) => http.get<VoteResult>(`/api/votes/${id}/result`),
  exportFile: (id: number, uid: string) => download(`/api/votes/${id}/export`, {}, `vote-${uid || id}.json`),
  roster: (id: number, q: Query) => http.get<Page<RosterRow>>(`/api/votes/${id}/roster`, q),
  markPaper: (id: number, personId: number) => http.post<void>(`/api/votes/${id}/roster/${personId}/paper`),
  unmarkPaper: (id: number, personId: number) => http.del<void>(`/api/votes/${id}/roster/${personId}/paper`),
  paperBatches: (id: number) => http.get<PaperBatch[]>(`/api/votes/${id}/paper-batches`),
  enterPaper: (id: number, batch: number, body: { ballots: number; counts: number[][] }) =>
    http.post<PaperBatch>(`/api/votes/${id}/paper-batches/${batch}/entries`, body),
  /** Scrutineers and tellers are chosen among the active non-administrator users (votes.manage). */
  users: async (q: string): Promise<{ items: UserRef[] }> => {
    const list = await http.get<Array<{ id: number; name: string; username: string }>>('/api/votes/officials')
    const needle = q.trim().toLowerCase()
    const items = list
      .filter((u) => !needle || u.name.toLowerCase().includes(needle) || u.username.toLowerCase().includes(needle))
      .map((u) => ({ id: u.id, username: u.username, displayName: u.name }))
    return { items }
  },
}
