export interface Message {
  id: number
  kind?: string
  title: string
  body: string
  link?: string
  /** Sender's display name; empty for system notices. */
  sender?: string | null
  /** Unix seconds. */
  createdAt: number
  readAt?: number | null
  /** Kept for older server drafts; see isRead(). */
  read?: boolean
}

export interface SendNotice {
  title: string
  body: string
  roles?: string[]
  userIds?: number[]
}

export function isRead(m: Message): boolean {
  return m.read ?? !!m.readAt
}
