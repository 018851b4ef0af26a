'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const b64url = (b) => Buffer.from(b).toString('base64url');

module.exports = {
  id: 'oidc-login',
  register(api) {
    const cfg = api.pluginConfig || {};
    const secret = process.env[cfg.clientSecretEnv || 'OPENCLAW_OIDC_CLIENT_SECRET'] || '';
    const base = String(cfg.publicUrl || '').replace(/\/$/, '');
    const redirectUri = `${base}/auth/oidc/callback`;
    const flows = new Map(); // state -> {verifier, nonce, at}
    const sessions = new Map(); // sid -> {email, exp}
    let discovery = null;

    async function disco() {
      if (discovery) return discovery;
      const r = await fetch(cfg.issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
      if (!r.ok) throw new Error('OIDC discovery failed: ' + r.status);
      discovery = await r.json();
      return discovery;
    }

    function cookie(req, name) {
      const m = String(req.headers.cookie || '').match(new RegExp('(?:^|; )' + name + '=([^;]+)'));
      return m ? decodeURIComponent(m[1]) : null;
    }

    const page = fs.readFileSync(path.join(__dirname, '..', 'views', 'login.html'), 'utf8');

    api.registerHttpRoute({
      path: '/auth/oidc/login',
      auth: 'none',
      async handler(req, res) {
        const d = await disco();
        const state = b64url(crypto.randomBytes(16));
        const nonce = b64url(crypto.randomBytes(16));
        const verifier = b64url(crypto.randomBytes(32));
        const challenge = b64url(crypto.createHash('sha256').update(verifier).digest());
        flows.set(state, { verifier, nonce, at: Date.now() });
        const u = new URL(d.authorization_endpoint);
        u.search = new URLSearchParams({ response_type: 'code', client_id: cfg.clientId, redirect_uri: redirectUri, scope: 'openid email profile', state, nonce, code_challenge: challenge, code_challenge_method: 'S256' }).toString();
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(page.replace('{{START}}', u.toString().replace(/"/g, '&quot;')).replace('{{ISSUER_HOST}}', new URL(cfg.issuer).host));
      },
    });

    api.registerHttpRoute({
      path: '/auth/oidc/callback',
      auth: 'none',
      async handler(req, res) {
        const q = new URL(req.url, base).searchParams;
        const flow = flows.get(q.get('state'));
        flows.delete(q.get('state'));
        if (!flow || Date.now() - flow.at > 10 * 60e3 || !q.get('code')) { res.statusCode = 400; res.end('Invalid or expired login attempt.'); return; }
        const d = await disco();
        const tr = await fetch(d.token_endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Basic ' + Buffer.from(`${cfg.clientId}:${secret}`).toString('base64') },
          body: new URLSearchParams({ grant_type: 'authorization_code', code: q.get('code'), redirect_uri: redirectUri, code_verifier: flow.verifier }),
        });
        if (!tr.ok) { res.statusCode = 502; res.end('Token exchange failed.'); return; }
        const tok = await tr.json();
        const ui = await fetch(d.userinfo_endpoint, { headers: { authorization: `Bearer ${tok.access_token}` } }).then((r) => r.json());
        const email = String(ui.email || '').toLowerCase();
        if (!ui.email_verified || (cfg.allowedEmails && cfg.allowedEmails.length && !cfg.allowedEmails.map((e) => e.toLowerCase()).includes(email))) {
          res.statusCode = 403; res.end('This account is not allowed on this gateway.'); return;
        }
        const sid = b64url(crypto.randomBytes(24));
        sessions.set(sid, { email, exp: Date.now() + 12 * 3600e3 });
        api.logger.info(`oidc-login: ${email} signed in`);
        res.statusCode = 302;
        res.setHeader('set-cookie', `oc_sid=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=43200`);
        res.setHeader('location', '/');
        res.end();
      },
    });

    api.on('http_request', (ev) => {
      if (!ev || !ev.req || /^\/auth\/oidc\//.test(ev.path || '')) return;
      const s = sessions.get(cookie(ev.req, 'oc_sid'));
      if (s && s.exp > Date.now()) return { allow: true, principal: s.email };
      return { redirect: '/auth/oidc/login' };
    });
  },
};
