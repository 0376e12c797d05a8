// Shapes of server/modules/donations/README.md. Money is integer fen throughout.

export type DonationKind = 'money' | 'goods'
export type DonorKind = 'person' | 'unit'

export interface Donation {
  id: number
  kind: DonationKind
  donorKind: DonorKind
  donorPersonId: number | null
  donorName: string
  donatedOn: string
  recipient: string
  receiptNo: string
  campaign: string
  amountFen: number
  item: string
  quantity: number
  unitLabel: string
  valueFen: number
  worthFen: number
  note: string
}

export interface DonationInput {
  kind: DonationKind
  donorKind: DonorKind
  donorPersonId: number | null
  donorName: string
  donatedOn: string
  recipient: string
  receiptNo: string
  campaign: string
  amountFen: number
  item: string
  quantity: number
  unitLabel: string
  valueFen: number
  note: string
}

export interface CampaignTotal {
  campaign: string
  moneyFen: number
  goodsFen: number
  totalFen: number
  totalYuan: string
  entries: number
  donors: number
}

export interface Totals {
  items: CampaignTotal[]
  total: CampaignTotal
}

export interface AckLine {
  donor: string
  donorKind: DonorKind
  firstOn: string
  moneyFen: number
  moneyYuan: string
  goods: string[]
  goodsFen: number
  totalFen: number
  totalYuan: string
}

export interface Acknowledgement {
  campaign: string
  recipients: string[]
  donors: AckLine[]
  moneyFen: number
  goodsFen: number
  totalFen: number
  totalYuan: string
}

/** "31,360.50" for 3136050 fen, as the server writes yuan. */
export function yuan(fen: number): string {
  const negative = fen < 0
  const v = Math.abs(Math.trunc(fen))
  const whole = Math.floor(v / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${negative ? '-' : ''}${whole}.${String(v % 100).padStart(2, '0')}`
}

/** Yuan typed in a form (e.g. 1234.5) to integer fen, rounding to the nearest fen. */
export function toFen(yuanValue: number | null | undefined): number {
  return Math.round((yuanValue ?? 0) * 100)
}
