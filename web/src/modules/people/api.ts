import { ApiError, http, readCookie, type Query } from '@/app/http'
import { currentLang } from '@/app/i18n'
import type { Page } from '@/shared/types'
import type { FlatUnit } from '@/shared/orgTree'
import type { ImportMode, ImportRejection, ImportReport, Person, PersonDetail, PersonInput, Membership } from './types'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

interface ImportAnswer {
  code?: string
  message?: string
  imported?: number
  updated?: number
  rejected?: ImportRejection[]
  /** mode=all refusal (422): the report sits under `report`. */
  report?: { imported?: number; updated?: number; rejected?: ImportRejection[] }
  fields?: Array<{ field: string; code?: string; message: string }>
}

/** "row 3: idCard" style field names from a plain validation error, turned into report rows. */
function rejectionsFromFields(fields: ImportAnswer['fields']): ImportRejection[] {
  return (fields ?? []).map((f) => {
    const m = /(\d+)\D*?([A-Za-z]\w*)?$/.exec(f.field)
    return { row: m ? Number(m[1]) : 0, field: m?.[2] ?? f.field, code: f.code, message: f.message }
  })
}

/**
 * Sends the .xlsx as the raw body. A 422 in mode=all still carries the row-by-row report,
 * so both outcomes come back as an ImportReport (with `refused` when nothing was imported).
 */
export async function importPeople(file: Blob, mode: ImportMode): Promise<ImportReport & { refused: boolean; message?: string }> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLang(),
    'Content-Type': XLSX_TYPE,
  }
  const csrf = readCookie('md_csrf')
  if (csrf) headers['X-CSRF-Token'] = csrf
  let res: Response
  try {
    res = await fetch(`/api/people/import?mode=${mode}`, { method: 'POST', headers, body: file, credentials: 'same-origin' })
  } catch (e) {
    throw new ApiError(0, 'network.unreachable', e instanceof Error ? e.message : String(e))
  }
  let data: ImportAnswer = {}
  try {
    data = await res.json()
  } catch {
    // Not JSON: handled below as a generic error.
  }
  const report = data.report ?? data
  if (res.ok || (res.status === 422 && (report.rejected || data.fields?.length))) {
    const rejected = report.rejected ?? rejectionsFromFields(data.fields)
    return { imported: report.imported ?? 0, updated: report.updated ?? 0, rejected, refused: !res.ok, message: data.message }
  }
  throw new ApiError(res.status, data.code ?? `http.${res.status}`, data.message ?? res.statusText, [])
}

export const peopleApi = {
  list: (q: Query) => http.get<Page<Person>>('/api/people', q),
  get: (id: number) => http.get<PersonDetail>(`/api/people/${id}`),
  create: (body: PersonInput) => http.post<Person>('/api/people', body),
  update: (id: number, body: PersonInput) => http.put<Person>(`/api/people/${id}`, body),
  reveal: (id: number) => http.post<{ idCard: string; phone: string }>(`/api/people/${id}/reveal`),
  addMembership: (id: number, body: { orgUnitId: number; role: string; isPrimary: boolean; startedOn: string }) =>
    http.post<Membership>(`/api/people/${id}/memberships`, body),
  endMembership: (id: number, endedOn: string) => http.post<void>(`/api/memberships/${id}/end`, { endedOn }),
  transfer: (id: number, body: { toUnitId: number; transferredOn: string; reason: string }) =>
    http.post<unknown>(`/api/people/${id}/transfer`, body),
  importXlsx: importPeople,
}

/** The org tree for the unit pickers (the registry's own units, current ones only). */
export const orgTreeApi = {
  units: () => http.get<FlatUnit[]>('/api/org/tree'),
}
