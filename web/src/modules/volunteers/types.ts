// Shapes of server/modules/volunteers/README.md.

export type ActivityKind = 'community' | 'enterprise' | 'village'
export const ACTIVITY_KINDS: ActivityKind[] = ['community', 'enterprise', 'village']

export interface Signup {
  memberId: number
  personId: number
  name: string
  unit: string
  signedUpAt: number
  minutes: number | null
  creditedMinutes: number
}

export interface Activity {
  id: number
  title: string
  kind: ActivityKind
  heldOn: string
  place: string
  capacity: number
  minutesCap: number
  description: string
  taken: number
  mine: boolean
  signups?: Signup[]
}

export interface ActivityInput {
  title: string
  kind: ActivityKind
  heldOn: string
  place: string
  capacity: number
  minutesCap: number
  description: string
}

export interface TeamMember {
  id: number
  personId: number
  name: string
  unit: string
  post: string
  joinedOn: string
  skills: string
  yearMinutes: number
  yearHours: string
}

export interface HoursRow {
  memberId: number
  personId: number
  name: string
  unit: string
  activities: number
  minutes: number
  hours: string
}

export interface HoursSummary {
  year: number
  items: HoursRow[]
  totalMinutes: number
  totalHours: string
}

export interface MyActivity {
  id: number
  title: string
  kind: ActivityKind
  heldOn: string
  place: string
  minutes: number | null
  creditedMinutes: number
}

export interface MyVolunteering {
  year: number
  member: { id: number; joinedOn: string; skills: string } | null
  activities: MyActivity[]
  minutes: number
  hours: string
  activityCount: number
}

/** Hours with one decimal, as the server writes them ("2.5"). */
export function hoursText(minutes: number): string {
  const tenths = Math.floor((Math.max(0, minutes) * 10 + 30) / 60)
  return `${Math.floor(tenths / 10)}.${tenths % 10}`
}

/** Places left, or null when there is no limit. */
export function placesLeft(a: Pick<Activity, 'capacity' | 'taken'>): number | null {
  return a.capacity > 0 ? Math.max(0, a.capacity - a.taken) : null
}

/** Today in China (YYYY-MM-DD). */
export function chinaToday(now = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10)
}
