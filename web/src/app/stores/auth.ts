import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi, type LoginBody } from '../authApi'
import type { Me } from '@/shared/types'

/** Where a signed-in user must go before anything else, or null when they may use the app. */
export function pendingStep(me: Me | null): '/change-password' | '/totp-setup' | null {
  if (!me) return null
  if (me.mustChangePassword) return '/change-password'
  if (me.totpRequired && !me.totpEnabled) return '/totp-setup'
  return null
}

export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null)
  // True once /api/auth/me has answered (either way), so the guard asks only once.
  const checked = ref(false)

  const permissions = computed(() => new Set(me.value?.permissions ?? []))
  const signedIn = computed(() => me.value !== null)

  function can(permission?: string): boolean {
    return !permission || permissions.value.has(permission)
  }

  function set(value: Me | null): void {
    me.value = value
    checked.value = true
  }

  async function load(): Promise<Me | null> {
    try {
      set(await authApi.me())
    } catch {
      set(null)
    }
    return me.value
  }

  async function login(body: LoginBody): Promise<Me> {
    const value = await authApi.login(body)
    set(value)
    return value
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      set(null)
    }
  }

  return { me, checked, permissions, signedIn, can, set, load, login, logout }
})
