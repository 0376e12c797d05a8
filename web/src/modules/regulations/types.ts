// Shapes of the regulations API (server/modules/regulations/README.md).
export type RegulationStatus = 'current' | 'revised' | 'repealed'

export interface Segment {
  text: string
  hit: boolean
}

export interface RegulationRow {
  id: number
  docNo: string
  title: string
  issuer: string
  category: string
  status: RegulationStatus
  issuedOn: string
  effectiveOn: string
  replacedById: number | null
  version: number
  createdAt: number
  updatedAt: number
  /** Set when the list was searched. */
  titleHighlight?: Segment[]
  snippet?: Segment[]
}

export interface RegulationSearchPage {
  items: RegulationRow[]
  total: number
  page: number
  pageSize: number
  query?: string
  searchedNewest?: number
}

export interface RegulationRef {
  id: number
  title: string
  docNo: string
}

export interface VersionInfo {
  version: number
  title: string
  note: string
  createdBy: string
  createdAt: number
}

export interface AttachmentRef {
  id: number
  name: string
  contentType: string
  size: number
  createdAt: number
}

export interface Regulation extends RegulationRow {
  body: string
  replacedBy: RegulationRef | null
  replaces: RegulationRef[]
  versions: VersionInfo[]
  attachments: AttachmentRef[]
}

export interface RegulationInput {
  docNo: string
  title?: string
  issuer: string
  category: string
  status: RegulationStatus
  issuedOn: string
  effectiveOn: string
  replacedById: number | null
  body?: string
  note?: string
}

export type DiffKind = 'same' | 'added' | 'removed'

export interface DiffPiece {
  kind: DiffKind
  text: string
}

export interface DiffLine extends DiffPiece {
  chars?: DiffPiece[]
}

export interface RegulationDiff {
  id: number
  from: number
  to: number
  title: { from: string; to: string }
  lines: DiffLine[]
  added: number
  removed: number
}

/** The pieces of a changed line to show on its side: removed lines hide added characters. */
export function sidePieces(line: DiffLine): DiffPiece[] {
  if (!line.chars) return [{ kind: 'same', text: line.text }]
  const hide: DiffKind = line.kind === 'removed' ? 'added' : 'removed'
  return line.chars.filter((c) => c.kind !== hide)
}
