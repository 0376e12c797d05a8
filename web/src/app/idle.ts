import { onBeforeUnmount, onMounted } from 'vue'

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const
const CHECK_EVERY_MS = 5000

/**
 * Calls onIdle once when no user activity was seen for timeoutSeconds().
 * Checks a timestamp on an interval instead of re-arming a timer per event: mousemove fires
 * constantly, and an interval also catches up correctly after the laptop slept.
 * Background polling (unread count) is not user activity and does not reset it.
 */
export function useIdleTimeout(timeoutSeconds: () => number, onIdle: () => void): void {
  let last = Date.now()
  let timer: ReturnType<typeof setInterval> | undefined
  let fired = false
  const touch = () => {
    last = Date.now()
  }

  onMounted(() => {
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, touch, { passive: true, capture: true })
    timer = setInterval(() => {
      const limit = timeoutSeconds()
      if (fired || !limit || limit <= 0) return
      if (Date.now() - last >= limit * 1000) {
        fired = true
        onIdle()
      }
    }, CHECK_EVERY_MS)
  })

  onBeforeUnmount(() => {
    for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, touch, { capture: true })
    clearInterval(timer)
  })
}
