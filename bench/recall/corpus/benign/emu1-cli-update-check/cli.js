#!/usr/bin/env node
const fs = require('fs'), os = require('os'), path = require('path');
const { name, version } = require('./package.json');

function checkForUpdate() {
  if (process.env.CI || process.env.NO_UPDATE_NOTIFIER || !process.stdout.isTTY) return;
  const stamp = path.join(os.homedir(), '.config', name, 'last-update-check');
  try { if (Date.now() - fs.statSync(stamp).mtimeMs < 24 * 3600e3) return; } catch {}
  const t = setTimeout(async () => {
    try {
      const r = await fetch(`https://registry.npmjs.org/${name}/latest`, { signal: AbortSignal.timeout(3000) });
      const { version: latest } = await r.json();
      fs.mkdirSync(path.dirname(stamp), { recursive: true }); fs.writeFileSync(stamp, latest);
      if (latest !== version) console.error(`\n  Update available ${version} → ${latest}\n  Run: npm i -g ${name}\n`);
    } catch {}
  }, 500);
  t.unref();
}

checkForUpdate();
const [cmd, dir = 'dist'] = process.argv.slice(2);
if (cmd !== 'deploy') { console.log('usage: deploy-helper deploy [dir]'); process.exit(1); }
console.log(`Deploying ${dir}…`);
