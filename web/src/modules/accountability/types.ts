// The shapes of server/modules/accountability's answers.
export type Form = 'criticism' | 'admonition' | 'self_examination' | 'circulated' | 'organizational' | 'disciplinary'
export const FORMS: Form[] = ['criticism', 'admonition', 'self_examination', 'circulated', 'organizational', 'disciplinary']

export interface AccountabilityRecord {
  id: number
  personId: number
  personName: string
  personUnit: string
  form: Form
  formText: string
  reason: string
  decidedOn: string
  decidedBy: string
  items?: { id: number; refNo: string; title: string }[]
}

export interface RecordInput {
  personId: number
  form: Form
  reason: string
  decidedOn: string
  decidedBy: string
  itemIds: number[]
}
