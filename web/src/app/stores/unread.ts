import { defineStore } from 'pinia'
import { ref } from 'vue'
import { http } from '../http'

/** Unread message count for the header bell; views that mark messages read call refresh(). */
export const useUnreadStore = defineStore('unread', () => {
  const count = ref(0)

  async function refresh(): Promise<void> {
    try {
      const res = await http.get<{ count: number }>('/api/messages/unread-count')
      count.value = res.count
    } catch {
      // A failed poll keeps the last known number; auth failures are handled by the client.
    }
  }

  return { count, refresh }
})
