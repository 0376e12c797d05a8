import { onBeforeUnmount, ref, type Ref } from 'vue'

/** Phone-sized screens (≤ 767 px) get card lists, larger type and bigger targets. */
export const PHONE_QUERY = '(max-width: 767px)'

/** Whether a media query matches, kept current while the component lives. */
export function useMedia(query: string): Ref<boolean> {
  const mq = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null
  const match = ref(mq ? mq.matches : false)
  const onChange = (e: MediaQueryListEvent) => (match.value = e.matches)
  mq?.addEventListener('change', onChange)
  onBeforeUnmount(() => mq?.removeEventListener('change', onChange))
  return match
}

export function usePhone(): Ref<boolean> {
  return useMedia(PHONE_QUERY)
}
