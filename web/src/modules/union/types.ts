// Shapes of the union module's API (server/modules/union/README.md) and small pure helpers.

export type ContestKind = 'election' | 'selection'
export type ContestStatus = 'draft' | 'open' | 'counted' | 'announced'
export type Category = 'family' | 'office' | 'worker'
export type Outcome = 'elected' | 'not_elected' | 'tie' | 'no_majority'
export type ActivityKind = 'moral_lecture' | 'festival' | 'other'

export interface UnionMember {
  id: number
  personId: number
  name: string
  gender: string
  unit: string
  post: string
  joinedOn: string
  status: 'active' | 'left'
  leftOn: string | null
  note: string
}

export interface Candidate {
  id: number
  position: number
  personId: number | null
  name: string
  reason: string
}

export interface ResultRow {
  candidateId: number
  personId: number | null
  name: string
  votes: number
  outcome: Outcome
}

export interface ContestResult {
  eligible: number
  ballots: number
  seats: number
  majority: number
  candidates: ResultRow[]
  elected: string[]
  tie: boolean
  countedAt: number
}

export interface Contest {
  id: number
  kind: ContestKind
  category: Category | ''
  year: number
  title: string
  seats: number
  heldOn: string | null
  status: ContestStatus
  voteId: number | null
  candidates: number
  announcedAt: number | null
  createdAt: number
}

export interface ContestDetail extends Contest {
  candidateList: Candidate[]
  result: ContestResult | null
  vote: { id: number; status: string; keyMode: string; eligible: number; cast: number } | null
  activeMembers: number
}

export interface ContestInput {
  title: string
  year: number
  seats: number
  heldOn: string | null
  candidatePersonIds?: number[]
  category?: Category
}

export interface Activity {
  id: number
  kind: ActivityKind
  title: string
  heldOn: string
  place: string
  summary: string
  attendees: number
}

export interface Photo {
  id: number
  name: string
  contentType: string
  size: number
}

export interface ActivityDetail extends Activity {
  attendance: { personId: number; name: string }[]
  photos: Photo[]
}

export interface Book {
  id: number
  isbn: string
  title: string
  author: string
  publisher: string
  publishedYear: number | null
  copies: number
  out: number
  available: number
}

export interface BookDetail extends Book {
  copyList: { id: number; barcode: string; status: string; loan: { id: number; dueOn: string; borrower: string } | null }[]
}

export interface Loan {
  id: number
  copyId: number
  barcode: string
  bookId: number
  title: string
  isbn: string
  personId: number
  borrower: string
  borrowedOn: string
  dueOn: string
  returnedOn: string | null
  overdueDays: number
}

export interface PersonOption {
  id: number
  name: string
}

/** Element Plus tag type of a candidate's outcome. */
export function outcomeTag(o: Outcome): 'success' | 'warning' | 'info' | 'danger' {
  return o === 'elected' ? 'success' : o === 'tie' ? 'warning' : o === 'not_elected' ? 'info' : 'danger'
}

/** Element Plus tag type of a contest's status. */
export function statusTag(s: ContestStatus): 'info' | 'warning' | 'success' | 'primary' {
  return s === 'draft' ? 'info' : s === 'open' ? 'warning' : s === 'counted' ? 'primary' : 'success'
}

/** The ISBN check the server applies (for a hint while typing; the server decides). */
export function isbnValid(text: string): boolean {
  const d = text.replace(/[-\s]/g, '').toUpperCase()
  if (/^\d{9}[\dX]$/.test(d)) {
    let sum = 0
    for (let i = 0; i < 10; i++) sum += (d[i] === 'X' ? 10 : Number(d[i])) * (10 - i)
    return sum % 11 === 0
  }
  if (/^97[89]\d{10}$/.test(d)) {
    let sum = 0
    for (let i = 0; i < 13; i++) sum += Number(d[i]) * (i % 2 === 0 ? 1 : 3)
    return sum % 10 === 0
  }
  return false
}
