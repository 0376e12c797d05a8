// A tiny HTTP client with one cookie jar per session, adding X-CSRF-Token on non-GET requests.

/** A signed-in (or not yet signed-in) browser: its cookies and what we know about it. */
export class Session {
  constructor(name) {
    this.name = name;
    this.cookies = new Map();
  }
  get csrf() {
    return this.cookies.get('md_csrf') ?? '';
  }
  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  absorb(setCookies) {
    for (const line of setCookies) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

export class Client {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * Sends one request. `session` null = anonymous (no cookies kept). `headers` may carry
   * 'X-CSRF-Token': null to leave the token out. `body` is a string, Buffer or undefined.
   * Answers {status, headers, text, bytes, json}.
   */
  async request(method, path, { session = null, headers = {}, body, signal } = {}) {
    const h = {};
    let csrfGiven = false;
    for (const [k, v] of Object.entries(headers)) {
      if (k.toLowerCase() === 'x-csrf-token') {
        csrfGiven = true;
        if (v === null) continue;
      }
      h[k] = v;
    }
    if (session) {
      const c = session.cookieHeader();
      if (c) h.Cookie = c;
      if (!csrfGiven && method !== 'GET' && session.csrf) h['X-CSRF-Token'] = session.csrf;
    }
    if (body !== undefined && !Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) {
      h['Content-Type'] = 'application/json';
    }
    const res = await fetch(this.baseUrl + path, { method, headers: h, body, redirect: 'manual', signal });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (session) session.absorb(res.headers.getSetCookie());
    const text = bytes.toString('utf8');
    let json;
    if ((res.headers.get('content-type') ?? '').includes('json')) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    return { status: res.status, headers: res.headers, text, bytes, json };
  }
}
