import { createI18n } from 'vue-i18n'
import type { Lang } from '@/shared/types'

export const LANGS: Lang[] = ['zh-CN', 'en']
const STORAGE_KEY = 'md_lang'

type Messages = Record<string, unknown>

// app/locales/<lang>.json are merged at the root (common, layout, errors...);
// modules/<name>/locales/<lang>.json are placed under the module's name, so a module's
// keys are `users.title` and modules never clash.
const appFiles = import.meta.glob<Messages>('./locales/*.json', { eager: true, import: 'default' })
const moduleFiles = import.meta.glob<Messages>('../modules/*/locales/*.json', { eager: true, import: 'default' })

export function collectMessages(
  app: Record<string, Messages>,
  modules: Record<string, Messages>,
): Record<string, Messages> {
  const out: Record<string, Messages> = {}
  for (const [path, data] of Object.entries(app)) {
    const lang = /([^/]+)\.json$/.exec(path)![1]
    out[lang] = { ...(out[lang] ?? {}), ...data }
  }
  for (const [path, data] of Object.entries(modules)) {
    const m = /modules\/([^/]+)\/locales\/([^/]+)\.json$/.exec(path)!
    out[m[2]] = { ...(out[m[2]] ?? {}), [m[1]]: data }
  }
  return out
}

function isLang(value: unknown): value is Lang {
  return LANGS.includes(value as Lang)
}

/** The language the user picked on this device, if any (wins over the server preference). */
export function storedLang(): Lang | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY)
    return isLang(v) ? v : null
  } catch {
    return null
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLang() ?? 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: collectMessages(appFiles, moduleFiles) as never,
})

export function currentLang(): Lang {
  return i18n.global.locale.value as Lang
}

export function setLang(lang: Lang, remember = true): void {
  i18n.global.locale.value = lang
  document.documentElement.lang = lang
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, lang)
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }
}

/** Applies the server-side preference unless the user chose a language on this device. */
export function applyPreferredLang(serverLang: Lang | undefined): void {
  if (storedLang()) return
  if (isLang(serverLang)) setLang(serverLang, false)
}
