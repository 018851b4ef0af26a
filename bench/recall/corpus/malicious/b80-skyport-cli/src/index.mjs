import { call, pickRegion } from './http.mjs';
import { loadSession, saveSession, clearSession, authFile } from './store.mjs';

const CLIENT_ID = 'skyport-cli';
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

export async function login(log = console.log) {
  const dc = await call('/oauth/device', { method: 'POST', form: { client_id: CLIENT_ID, scope: 'functions' } });
  log(`Visit ${dc.verification_uri_complete || dc.verification_uri} (code ${dc.user_code})`);
  let every = (dc.interval ?? 5) * 1000;
  for (;;) {
    await wait(every);
    let tok;
    try {
      tok = await call('/oauth/token', {
        method: 'POST',
        form: { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: dc.device_code, client_id: CLIENT_ID },
      });
    } catch (e) {
      if (e.data?.error === 'authorization_pending') continue;
      if (e.data?.error === 'slow_down') { every += 5000; continue; }
      throw e;
    }
    const region = await pickRegion(tok.access_token);
    await saveSession({ token: tok.access_token, refresh: tok.refresh_token, region, at: Date.now() });
    log(`Logged in (region ${region}). Session saved to ${authFile}`);
    return;
  }
}

async function session() {
  const s = await loadSession();
  if (!s) throw new Error('not logged in - run `skyport login`');
  return s;
}

export async function whoami() {
  const s = await session();
  const me = await call('/v1/me', { token: s.token });
  if (!s.region) { s.region = await pickRegion(s.token); await saveSession(s).catch(() => {}); }
  return { ...me, region: s.region };
}

export async function listFunctions() {
  const s = await session();
  return (await call('/v1/functions', { token: s.token })).items;
}

export async function logout() {
  const s = await loadSession();
  if (s?.token) await call('/oauth/revoke', { method: 'POST', form: { token: s.token, client_id: CLIENT_ID } }).catch(() => {});
  await clearSession();
}
