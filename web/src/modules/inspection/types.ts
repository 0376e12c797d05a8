// The shapes of server/modules/inspection's answers.
export type Scope = 'person' | 'unit'
export type ChecklistStatus = 'draft' | 'open' | 'closed'
export type Result = 'compliant' | 'issue' | 'na'
export type FindingStatus = 'open' | 'rectified' | 'verified'

export interface Checklist {
  id: number
  title: string
  year: number
  scope: Scope
  orgUnitId: number
  orgUnitName: string
  dueOn: string
  status: ChecklistStatus
  createdBy: string
  createdAt: number
  updatedAt: number
  itemCount?: number
  findingCount?: number
  items?: string[]
}

export interface ChecklistInput {
  title: string
  year: number
  scope: Scope
  orgUnitId: number
  dueOn: string
  items: string[]
}

export interface Respondent {
  id: number
  name: string
  answered: number
  issues: number
  completed: boolean
}

export interface Finding {
  id: number
  checklistId: number
  checklistTitle: string
  orgUnitId: number
  orgUnitName: string
  position: number
  item: string
  respondent: number
  respondentName: string
  description: string
  owner: string
  ownerPersonId: number | null
  deadline: string | null
  status: FindingStatus
  overdue: boolean
  rectifiedNote: string
  verifiedNote: string
  createdAt: number
  updatedAt: number
  closedAt: number | null
}

export interface ChecklistDetail extends Checklist {
  items: string[]
  respondents: Respondent[]
  progress: { assigned: number; completed: number; percent: number }
  findings: Finding[]
}

export interface Answer {
  position: number
  result: Result
  note?: string
}

export interface AnswerResult {
  checklistId: number
  answered: number
  completed: boolean
  findingsCreated: number
}

export interface MyChecklist extends Checklist {
  items: string[]
  answers: Answer[]
  completed: boolean
}

export interface MyInspection {
  hasPerson: boolean
  checklists: MyChecklist[]
  findings: Finding[]
}

export interface FindingInput {
  owner: string
  deadline: string | null
  status: FindingStatus
  note?: string
}

/** The statuses a finding may move to from `from` (staying put included). */
export function nextStatuses(from: FindingStatus): FindingStatus[] {
  if (from === 'open') return ['open', 'rectified']
  if (from === 'rectified') return ['rectified', 'verified', 'open']
  return []
}
