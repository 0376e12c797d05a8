// server/modules/publicity/README.md: the shapes the API answers.

export type ArticleState = 'draft' | 'review' | 'published' | 'withdrawn'
export type ArticleAction = 'submit' | 'approve' | 'reject' | 'withdraw' | 'redraft'

export interface HistoryEvent {
  seq: number
  action: string
  from: string
  to: string
  actor: string
  note: string
  at: number
}

export interface Article {
  id: number
  state: ArticleState
  title: string
  summary: string
  column: string
  columnName: string
  author: string
  coverId: number | null
  coverUrl: string | null
  wechat: boolean
  publishAt: number | null
  publishedAt: number | null
  public: boolean
  createdBy: number
  createdByName: string
  reviewedByName: string
  createdAt: number
  updatedAt: number
  bodyHtml?: string
  history?: HistoryEvent[]
  actions?: ArticleAction[]
}

export interface ArticleInput {
  title: string
  summary: string
  column: string
  author: string
  bodyHtml: string
  publishAt: number
  wechat: boolean
}

export interface ColumnOption {
  key: string
  name: string
}

export interface UploadedImage {
  id: number
  url: string
  kind: 'cover' | 'image'
}

/** Word's pasted HTML before the editor reads it: conditional comments, Office namespaces
 *  (o:p, w:…), classes and inline styles go; the server's allow-list cleans the rest again. */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(o|w|v|m|st1):[^>]*>/gi, '')
    .replace(/\s(class|style|lang|id)=("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/<(xml|style|meta|link)[\s\S]*?<\/\1>/gi, '')
}
