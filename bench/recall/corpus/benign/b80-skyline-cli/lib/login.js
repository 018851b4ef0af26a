'use strict';
const { request, CLIENT_ID } = require('./api');
const { writeCredentials, readCredentials, deleteCredentials, credentialsPath } = require('./config');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function login({ scope = 'projects deploy' } = {}) {
  const dc = await request('POST', '/oauth/device/code', { form: { client_id: CLIENT_ID, scope } });
  process.stdout.write(`\nOpen ${dc.verification_uri} and enter the code: ${dc.user_code}\n\n`);
  let interval = (dc.interval || 5) * 1000;
  const deadline = Date.now() + (dc.expires_in || 600) * 1000;
  while (Date.now() < deadline) {
    await sleep(interval);
    try {
      const tok = await request('POST', '/oauth/token', {
        form: {
          grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
          device_code: dc.device_code,
          client_id: CLIENT_ID,
        },
      });
      const creds = {
        access_token: tok.access_token,
        refresh_token: tok.refresh_token,
        expires_at: Date.now() + (tok.expires_in || 3600) * 1000,
        scope: tok.scope,
      };
      writeCredentials(creds);
      const me = await request('GET', '/v1/me', { token: creds.access_token });
      process.stdout.write(`Logged in as ${me.email}. Token saved to ${credentialsPath()}\n`);
      return me;
    } catch (e) {
      const code = e.data && e.data.error;
      if (code === 'authorization_pending') continue;
      if (code === 'slow_down') { interval += 5000; continue; }
      throw e;
    }
  }
  throw new Error('Login timed out. Run `skyline login` again.');
}

async function logout() {
  const creds = readCredentials();
  if (creds && creds.source !== 'env') {
    try {
      await request('POST', '/oauth/revoke', { form: { token: creds.access_token, client_id: CLIENT_ID } });
    } catch { /* token may already be expired */ }
  }
  const removed = deleteCredentials();
  process.stdout.write(removed ? 'Logged out.\n' : 'No stored credentials.\n');
}

module.exports = { login, logout };
