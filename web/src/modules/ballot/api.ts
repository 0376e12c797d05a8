import { http, type Query } from '@/app/http'
import type { BallotJson } from './crypto'
import type { Page } from '@/shared/types'
import type {
  BoardEntry,
  CastAnswer,
  MyVote,
  TallyItem,
  TrusteeVote,
  VoteDetail,
  VoteProgress,
  VoteResult,
} from './types'

type ListAnswer<T> = T[] | Page<T>

export const ballotApi = {
  myVotes: () => http.get<ListAnswer<MyVote>>('/api/my/votes'),
  vote: (id: number) => http.get<VoteDetail>(`/api/votes/${id}`),
  cast: (id: number, ballot: BallotJson) => http.post<CastAnswer>(`/api/votes/${id}/ballots`, { ballot }),

  myTrusteeVotes: () => http.get<ListAnswer<TrusteeVote>>('/api/my/trustee-votes'),
  submitKey: (id: number, body: { publicKey: string; proof: { c: string; s: string } }) =>
    http.post<unknown>(`/api/votes/${id}/trustee-key`, body),
  tally: (id: number) => http.get<TallyItem[]>(`/api/votes/${id}/tally`),
  submitPartial: (id: number, body: { items: { d: string; proof: [string, string] }[] }) =>
    http.post<unknown>(`/api/votes/${id}/partial`, body),

  progress: (id: number) => http.get<VoteProgress>(`/api/votes/${id}/progress`),
  result: (id: number) => http.get<VoteResult>(`/api/votes/${id}/result`),
  board: (id: number, q: Query) => http.get<Page<BoardEntry>>(`/api/votes/${id}/board`, q),
  lookup: (id: number, receipt: string) => http.get<BoardEntry>(`/api/votes/${id}/board/lookup`, { receipt }),
  exportUrl: (id: number) => `/api/votes/${id}/export`,
}
