// One fetch wrapper for every API call: cookies, language, CSRF header, and the server's
// single error shape mapped to ApiError so views only deal with {code, message, fields}.

export interface FieldError {
  field: string
  code: string
  message: string
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly fields: FieldError[]

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.fields = fields
  }

  /** Field errors keyed by field name, ready for el-form-item :error. */
  fieldMap(): Record<string, string> {
    const map: Record<string, string> = {}
    for (const f of this.fields) if (!map[f.field]) map[f.field] = f.message
    return map
  }
}

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue>

export interface RequestOptions {
  query?: Query
  body?: unknown
  /** Raw body (e.g. a file); sent as is. */
  raw?: BodyInit
  headers?: Record<string, string>
  /** Do not trigger the sign-in / forced-step redirects (used by the router guard's own check). */
  silent?: boolean
}

export type AuthEvent = 'signed-out' | 'password-change' | 'totp-enrollment'

interface HttpConfig {
  getLocale: () => string
  onAuthEvent: (event: AuthEvent) => void
}

const config: HttpConfig = {
  getLocale: () => 'zh-CN',
  onAuthEvent: () => {},
}

/** Wired once by main.ts; kept injectable so the client has no router/i18n import and is testable. */
export function configureHttp(partial: Partial<HttpConfig>): void {
  Object.assign(config, partial)
}

export function readCookie(name: string): string {
  const prefix = name + '='
  for (const part of document.cookie.split(';')) {
    const item = part.trim()
    if (item.startsWith(prefix)) return decodeURIComponent(item.slice(prefix.length))
  }
  return ''
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue
    params.append(k, String(v))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

/** Turns any failed response into an ApiError, even when the body is not the documented shape. */
export async function toApiError(res: Response): Promise<ApiError> {
  let data: { code?: unknown; message?: unknown; fields?: unknown } = {}
  try {
    data = await res.json()
  } catch {
    // Proxies and crashes answer HTML or nothing: fall through to a generic error.
  }
  const code = typeof data.code === 'string' ? data.code : `http.${res.status}`
  const message = typeof data.message === 'string' ? data.message : res.statusText || code
  const fields = Array.isArray(data.fields)
    ? data.fields
        .filter((f): f is FieldError => !!f && typeof f === 'object' && 'field' in f)
        .map((f) => ({ field: String(f.field), code: String(f.code ?? ''), message: String(f.message ?? '') }))
    : []
  return new ApiError(res.status, code, message, fields)
}

// Sign-in itself answers 401 for wrong credentials and for "TOTP code needed":
// those must reach the login form instead of bouncing to /login.
function isSignInCall(path: string): boolean {
  return path.startsWith('/api/auth/login')
}

function notifyAuth(path: string, err: ApiError): void {
  if (err.status === 401 && !isSignInCall(path)) config.onAuthEvent('signed-out')
  else if (err.status === 403 && err.code === 'auth.password_change_required') config.onAuthEvent('password-change')
  else if (err.status === 403 && err.code === 'auth.totp_enrollment_required') config.onAuthEvent('totp-enrollment')
}

async function send(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': config.getLocale(),
    ...opts.headers,
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const csrf = readCookie('md_csrf')
    if (csrf) headers['X-CSRF-Token'] = csrf
  }
  let body: BodyInit | undefined = opts.raw
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(opts.body)
  }
  let res: Response
  try {
    res = await fetch(buildUrl(path, opts.query), { method, headers, body, credentials: 'same-origin' })
  } catch (e) {
    throw new ApiError(0, 'network.unreachable', e instanceof Error ? e.message : String(e))
  }
  if (!res.ok) {
    const err = await toApiError(res)
    if (!opts.silent) notifyAuth(path, err)
    throw err
  }
  return res
}

export async function request<T>(method: string, path: string, opts?: RequestOptions): Promise<T> {
  const res = await send(method, path, opts)
  if (res.status === 204) return undefined as T
  const text = await res.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const http = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  del: <T>(path: string) => request<T>('DELETE', path),
}

function filenameFrom(res: Response, fallback: string): string {
  const cd = res.headers.get('Content-Disposition') ?? ''
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd)
  if (star) return decodeURIComponent(star[1])
  const plain = /filename="?([^";]+)"?/i.exec(cd)
  return plain ? plain[1] : fallback
}

/** Downloads a file (e.g. an .xlsx export) through fetch so errors surface as ApiError. */
export async function download(path: string, query: Query, fallbackName: string): Promise<void> {
  const res = await send('GET', path, { query })
  const blob = await res.blob()
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filenameFrom(res, fallbackName)
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
