export interface Message {
  id: number
  title: string
  body: string
  senderName?: string | null
  createdAt: string
  /** Either field may be present depending on the server version; see isRead(). */
  readAt?: string | null
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
