// The demo accounts and how each gets a ready session: first sign-in with the demo password,
// the forced password change, and (admin roles) authenticator enrolment.
import { Session } from './client.mjs';
import { totpCode } from './totp.mjs';

export const DEMO_PASSWORD = 'Mingdeng@2026';
export const NEW_PASSWORD = 'Deng!Lamp-2026';

/** Demo account → its role; the three admin roles must enrol TOTP. */
export const ACCOUNTS = {
  admin: 'sys_admin',
  secadmin: 'sec_admin',
  auditor: 'audit_admin',
  leader: 'leader',
  branch: 'branch_officer',
  member: 'member',
  deputy: 'deputy',
  clerk: 'clerk',
  teller: 'teller',
  dept: 'department',
};
export const ADMIN_ROLES = new Set(['sys_admin', 'sec_admin', 'audit_admin']);

async function expectOk(res, what) {
  if (res.status < 200 || res.status >= 300) {
    throw new Error(`${what}: ${res.status} ${res.text.slice(0, 400)}`);
  }
  return res.json;
}

/** Prepares one account; answers {username, role, id, password, totpSecret, session}. */
export async function prepareAccount(client, username) {
  const role = ACCOUNTS[username];
  const session = new Session(username);
  const login = await expectOk(
    await client.request('POST', '/api/auth/login', {
      session, body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    }), `${username}: first sign-in`);
  if (!login.mustChangePassword) throw new Error(`${username}: demo account should have to change its password`);
  await expectOk(
    await client.request('POST', '/api/auth/password', {
      session, body: JSON.stringify({ oldPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD }),
    }), `${username}: password change`);
  let totpSecret;
  if (ADMIN_ROLES.has(role)) {
    ({ secret: totpSecret } = await expectOk(
      await client.request('POST', '/api/auth/totp/setup', { session }), `${username}: totp setup`));
    await expectOk(
      await client.request('POST', '/api/auth/totp/enable', { session, body: JSON.stringify({ code: totpCode(totpSecret) }) }),
      `${username}: totp enable`);
  }
  const me = await expectOk(await client.request('GET', '/api/auth/me', { session }), `${username}: me`);
  if (me.mustChangePassword || (me.totpRequired && !me.totpEnabled) || !me.roles.includes(role)) {
    throw new Error(`${username}: session not ready: ${JSON.stringify(me)}`);
  }
  return { username, role, id: me.id, password: NEW_PASSWORD, totpSecret, session };
}

/** All demo accounts, prepared; answers Map username → account. */
export async function prepareAll(client) {
  const out = new Map();
  for (const username of Object.keys(ACCOUNTS)) out.set(username, await prepareAccount(client, username));
  return out;
}
