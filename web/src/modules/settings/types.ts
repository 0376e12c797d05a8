export type SettingValue = string | number | boolean

export interface SettingOption {
  value: string
  label: string
}

export interface Setting {
  key: string
  group: string
  /** integer | boolean | text | choice (older drafts: number, select). */
  type: 'integer' | 'boolean' | 'text' | 'choice' | string
  value: SettingValue
  defaultValue: SettingValue
  min?: number
  max?: number
  /** Plain values or {value, label} pairs. */
  options?: (string | number | SettingOption)[]
  label: string
  description: string
}

export function optionList(s: Setting): SettingOption[] {
  return (s.options ?? []).map((o) => (typeof o === 'object' ? o : { value: String(o), label: String(o) }))
}

/** The permission that may change this setting: security settings belong to the security administrator. */
export function managePermission(s: Setting): string {
  return s.group === 'security' ? 'settings.security' : 'settings.manage'
}

export function groupSettings(list: Setting[]): { group: string; items: Setting[] }[] {
  const map = new Map<string, Setting[]>()
  for (const s of list) {
    if (!map.has(s.group)) map.set(s.group, [])
    map.get(s.group)!.push(s)
  }
  return [...map].map(([group, items]) => ({ group, items }))
}

export type EditorKind = 'integer' | 'boolean' | 'choice' | 'text'

/** Which editor a setting gets; unknown types are edited as text. */
export function editorKind(s: Setting): EditorKind {
  if (s.type === 'integer' || s.type === 'number') return 'integer'
  if (s.type === 'boolean') return 'boolean'
  if (s.type === 'choice' || s.type === 'select') return 'choice'
  return 'text'
}
