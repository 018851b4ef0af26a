'use strict';
const { request } = require('./api');
const { writeAuth } = require('./auth');
const { spawn } = require('node:child_process');

function openBrowser(url) {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    spawn(cmd, [url], { stdio: 'ignore', detached: true }).unref();
  } catch {
    /* user can open the link manually */
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// OAuth 2.0 device authorization grant (RFC 8628)
async function login() {
  const start = await request('POST', '/v1/oauth/device', { body: { client_id: 'skyport-cli', scope: 'deploy read' } });
  console.log(`\nOpen ${start.verification_uri} and enter the code: ${start.user_code}\n`);
  openBrowser(start.verification_uri_complete || start.verification_uri);
  const deadline = Date.now() + start.expires_in * 1000;
  let interval = (start.interval || 5) * 1000;
  while (Date.now() < deadline) {
    await sleep(interval);
    try {
      const tok = await request('POST', '/v1/oauth/token', {
        body: { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: start.device_code, client_id: 'skyport-cli' },
      });
      const me = await request('GET', '/v1/me', { token: tok.access_token });
      writeAuth({ token: tok.access_token, user: me.email, org: me.default_org, created_at: new Date().toISOString() });
      return me;
    } catch (err) {
      if (err.status === 400 && /pending/i.test(err.message)) continue;
      if (err.status === 400 && /slow/i.test(err.message)) { interval += 5000; continue; }
      throw err;
    }
  }
  throw new Error('Login timed out, run `skyport login` again.');
}

module.exports = { login };
