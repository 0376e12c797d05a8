import { http, request, type Query } from '@/app/http'
import type { Page } from '@/shared/types'
import type { Article, ArticleInput, ColumnOption, UploadedImage } from './types'

// server/modules/publicity/README.md, call for call.
export const articlesApi = {
  list: (q: Query) => http.get<Page<Article>>('/api/articles', q),
  get: (id: number) => http.get<Article>(`/api/articles/${id}`),
  create: (body: ArticleInput) => http.post<Article>('/api/articles', body),
  update: (id: number, body: ArticleInput) => http.put<Article>(`/api/articles/${id}`, body),
  submit: (id: number) => http.post<Article>(`/api/articles/${id}/submit`),
  approve: (id: number, note: string) => http.post<Article>(`/api/articles/${id}/approve`, { note }),
  reject: (id: number, note: string) => http.post<Article>(`/api/articles/${id}/reject`, { note }),
  withdraw: (id: number, reason: string) => http.post<Article>(`/api/articles/${id}/withdraw`, { reason }),
  redraft: (id: number) => http.post<Article>(`/api/articles/${id}/redraft`),
  upload: (id: number, kind: 'cover' | 'image', file: File) =>
    request<UploadedImage>('POST', `/api/articles/${id}/images`, {
      query: { kind },
      raw: file,
      headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-Filename': encodeURIComponent(file.name) },
    }),
  columns: () => http.get<{ columns: ColumnOption[] }>('/api/publicity/columns'),
  words: () => http.get<{ words: string[] }>('/api/publicity/sensitive-words'),
  saveWords: (words: string[]) => http.put<{ words: string[] }>('/api/publicity/sensitive-words', { words }),
}
