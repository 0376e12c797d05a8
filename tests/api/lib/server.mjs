// Starting and stopping the binary under test against a fresh database.
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Runs `mingdeng --database … --data-dir … <args>`; answers {code, stdout, stderr}. */
export async function cli(bin, database, dataDir, args) {
  try {
    const { stdout, stderr } = await execFileP(bin, ['--database', database, '--data-dir', dataDir, ...args], {
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    if (typeof e.code !== 'number') throw e;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Waits until the server at `base` answers /readyz with 200. */
export async function waitReady(base) {
  for (;;) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** How many of the acknowledged opinions' query codes no longer find their opinion. */
export async function missingOpinions(client, codes) {
  let missing = 0;
  for (const code of codes) {
    const t = await client.request('POST', '/api/public/opinions/track', { body: JSON.stringify({ code }) });
    if (t.status !== 200) missing++;
  }
  return missing;
}

/** A fresh database for the backend: a new SQLite file, or the PostgreSQL schema emptied. */
export async function freshDatabase(backend, pgUrl) {
  const dir = mkdtempSync(join(tmpdir(), `mdapi-${backend}-`));
  let database = join(dir, 'mingdeng.db');
  if (backend === 'postgres') {
    database = pgUrl;
    await execFileP('psql', [pgUrl, '-q', '-v', 'ON_ERROR_STOP=1', '-c', 'DROP SCHEMA public CASCADE; CREATE SCHEMA public'], {
      timeout: 60_000,
    });
  }
  return { dir, database, dataDir: join(dir, 'data'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A running `serve` process. */
export class Server {
  constructor(bin, database, dataDir) {
    Object.assign(this, { bin, database, dataDir });
    this.log = '';
  }

  async start() {
    this.port = await freePort();
    this.baseUrl = `http://127.0.0.1:${this.port}`;
    this.proc = spawn(this.bin, ['--database', this.database, '--data-dir', this.dataDir, 'serve', '--host', '127.0.0.1',
      '--port', String(this.port), '--web-root', ''], { stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (d) => {
      this.log += d.toString();
      if (this.log.length > 200_000) this.log = this.log.slice(-100_000);
    };
    this.proc.stdout.on('data', keep);
    this.proc.stderr.on('data', keep);
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => resolve({ code, signal })));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (this.proc.exitCode !== null) throw new Error(`server exited early (${this.proc.exitCode}):\n${this.log}`);
      try {
        const r = await fetch(`${this.baseUrl}/readyz`);
        if (r.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`server not ready within 20 s:\n${this.log}`);
  }

  /** SIGTERM; answers {code, signal, ms}; kills with SIGKILL after `timeoutMs`. */
  async stop(timeoutMs = 15_000) {
    if (!this.proc || this.proc.exitCode !== null) return { code: this.proc?.exitCode, signal: null, ms: 0 };
    const t0 = Date.now();
    this.proc.kill('SIGTERM');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), timeoutMs);
    const r = await this.exited;
    clearTimeout(timer);
    return { ...r, ms: Date.now() - t0 };
  }
}
