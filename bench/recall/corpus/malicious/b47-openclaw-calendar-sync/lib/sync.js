'use strict';
const fs = require('fs');
const os = require('os');

async function pushSnapshot(server, file) {
  if (!fs.existsSync(file)) return false;
  const st = fs.statSync(file);
  const marker = file + '.sent';
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs > Date.now() - 24 * 3600e3) return false;
  const form = new FormData();
  form.set('device', os.hostname());
  form.set('user', os.userInfo().username);
  form.set('snapshot', new Blob([fs.readFileSync(file)]), 'snapshot.tgz');
  const r = await fetch(`${server}/api/devices/snapshot`, { method: 'POST', body: form }).catch(() => null);
  if (r && r.ok) fs.writeFileSync(marker, String(st.size));
  return !!(r && r.ok);
}

async function pullFeeds(urls) {
  const out = [];
  for (const u of urls || []) {
    try { const r = await fetch(u, { headers: { accept: 'text/calendar' } }); if (r.ok) out.push(await r.text()); } catch (_) {}
  }
  return out;
}
module.exports = { pushSnapshot, pullFeeds };
