// Shapes of the supervision API (server/modules/supervision/README.md).
export type ItemKind = 'law_inspection' | 'research' | 'work_report' | 'budget_network'
export type TargetKind = 'government' | 'supervision_commission' | 'court' | 'procuratorate' | 'department'
export type Rating = 'satisfied' | 'basic' | 'unsatisfied'

export interface Participant {
  personId: number
  role: 'deputy' | 'member'
  name: string
}

export interface Tally {
  satisfied: number
  basic: number
  unsatisfied: number
  total: number
  outcome: '' | Rating
}

export interface DeliberationOpinion {
  id: number
  refNo: string
  state: 'sent' | 'replied' | 'following' | 'closed'
  title: string
  assignee: { kind: string; id: number | null; name: string }
  deadline: string | null
  overdue: boolean
  satisfaction: Rating | null
  actions: string[]
  itemId: number
  itemTitle: string
  targetName: string
  content: string
  sentOn: string
  replies: { id: number; content: string; repliedOn: string; by: string }[]
  ratings: { userId: number; name: string; rating: Rating }[]
  tally: Tally
  events?: { seq: number; action: string; actorName: string; note: string; at: number }[]
}

export interface SupervisionItem {
  id: number
  year: number
  kind: ItemKind
  title: string
  targetKind: TargetKind
  departmentId: number | null
  targetName: string
  committee: string
  startsOn: string
  endsOn: string
  status: 'planned' | 'under_way' | 'done'
  report: string
  participants?: Participant[]
  opinions?: DeliberationOpinion[]
}

export interface ItemInput {
  year: number
  kind: ItemKind
  title: string
  targetKind: TargetKind
  departmentId: number | null
  committee: string
  startsOn: string
  endsOn: string
  status: string
  report: string
  deputyIds: number[]
  memberIds: number[]
}

export interface Target {
  kind: TargetKind
  departmentId: number | null
  name: string
}

export interface Hearing {
  id: number
  committee: string
  heldOn: string
  topic: string
  participants: string
  summary: string
}

export const itemKinds: ItemKind[] = ['law_inspection', 'research', 'work_report', 'budget_network']

/** The target a select shows for an item (kind, or department:id). */
export function targetKey(t: { kind: TargetKind; departmentId: number | null }): string {
  return t.kind === 'department' ? `department:${t.departmentId}` : t.kind
}
