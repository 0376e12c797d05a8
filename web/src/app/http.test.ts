import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, buildUrl, configureHttp, http, toApiError, type AuthEvent } from './http'

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

describe('http client', () => {
  const fetchMock = vi.fn()
  const events: AuthEvent[] = []

  beforeEach(() => {
    fetchMock.mockReset()
    events.length = 0
    vi.stubGlobal('fetch', fetchMock)
    configureHttp({ getLocale: () => 'en', onAuthEvent: (e) => events.push(e) })
    document.cookie = 'md_csrf=tok%20en1'
  })
  afterEach(() => vi.unstubAllGlobals())

  it('maps the server error shape, including field errors', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(422, {
        code: 'validation.failed',
        message: '输入有误',
        fields: [{ field: 'newPassword', code: 'password.too_weak', message: '密码太弱' }],
      }),
    )
    const err = (await http.post("/api/auth/password", { oldPassword: "a", newPassword: "b" }).catch((e: unknown) => e)) as ApiError
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ status: 422, code: 'validation.failed', message: '输入有误' })
    expect(err.fields).toEqual([{ field: 'newPassword', code: 'password.too_weak', message: '密码太弱' }])
    expect(err.fieldMap()).toEqual({ newPassword: '密码太弱' })
    expect(events).toEqual([])
  })

  it('falls back to a generic error for a non-JSON body', async () => {
    const err = await toApiError(new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }))
    expect(err).toMatchObject({ status: 502, code: 'http.502', message: 'Bad Gateway', fields: [] })
  })

  it('turns a network failure into ApiError network.unreachable', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    await expect(http.get('/api/x')).rejects.toMatchObject({ status: 0, code: 'network.unreachable' })
  })

  it('sends Accept-Language always and the CSRF token only on non-GET', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await http.get('/api/messages', { page: 2, q: '', unread: undefined })
    await http.post('/api/messages/read-all')
    const [getUrl, getInit] = fetchMock.mock.calls[0]
    expect(getUrl).toBe('/api/messages?page=2')
    expect(getInit.headers['Accept-Language']).toBe('en')
    expect(getInit.headers['X-CSRF-Token']).toBeUndefined()
    expect(getInit.credentials).toBe('same-origin')
    const [, postInit] = fetchMock.mock.calls[1]
    expect(postInit.method).toBe('POST')
    expect(postInit.headers['X-CSRF-Token']).toBe('tok en1')
  })

  it('reports 401 as signed-out, except for the sign-in call itself', async () => {
    fetchMock.mockResolvedValue(jsonResponse(401, { code: 'auth.required', message: '请先登录' }))
    await expect(http.get('/api/users')).rejects.toMatchObject({ status: 401 })
    expect(events).toEqual(['signed-out'])
    fetchMock.mockResolvedValue(jsonResponse(401, { code: 'auth.totp_required', message: '需要验证码' }))
    await expect(http.post('/api/auth/login', {})).rejects.toMatchObject({ code: 'auth.totp_required' })
    expect(events).toEqual(['signed-out'])
  })

  it('reports the forced steps on 403', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(403, { code: 'auth.password_change_required', message: 'x' }))
    fetchMock.mockResolvedValueOnce(jsonResponse(403, { code: 'auth.totp_enrollment_required', message: 'y' }))
    fetchMock.mockResolvedValueOnce(jsonResponse(403, { code: 'auth.forbidden', message: 'z' }))
    for (let i = 0; i < 3; i++) await http.get('/api/users').catch(() => {})
    expect(events).toEqual(['password-change', 'totp-enrollment'])
  })

  it('keeps 429 auth.locked as an error for the form', async () => {
    fetchMock.mockResolvedValue(jsonResponse(429, { code: 'auth.locked', message: '账号已锁定，请 15 分钟后再试' }))
    await expect(http.post('/api/auth/login', {})).rejects.toMatchObject({ status: 429, code: 'auth.locked' })
    expect(events).toEqual([])
  })

  it('builds query strings without empty values', () => {
    expect(buildUrl('/a', { q: '张 三', page: 1, x: null, y: '' })).toBe('/a?q=%E5%BC%A0+%E4%B8%89&page=1')
    expect(buildUrl('/a')).toBe('/a')
  })
})
