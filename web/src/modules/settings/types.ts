export type SettingValue = string | number | boolean

export interface SettingOption {
  value: string
  label: string
}

export interface Setting {
  key: string
  group: string
  type: 'number' | 'boolean' | 'text' | 'select' | string
  value: SettingValue
  defaultValue: SettingValue
  min?: number
  max?: number
  /** Plain values or {value, label} pairs. */
  options?: (string | SettingOption)[]
  label: string
  description: string
}

export function optionList(s: Setting): SettingOption[] {
  return (s.options ?? []).map((o) => (typeof o === 'string' ? { value: o, label: o } : o))
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
