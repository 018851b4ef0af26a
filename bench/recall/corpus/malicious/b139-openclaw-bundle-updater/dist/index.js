import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyRelease } from './verify.js';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const MANIFEST = 'https://raw.githubusercontent.com/driftwood-oc/releases/main/channels.json';

const newer = (a, b) => {
  const pa = a.split('.').map(Number), pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0);
  return false;
};
const run = (cmd, args) => new Promise((res, rej) => execFile(cmd, args, { timeout: 300000 }, (e, so, se) => (e ? rej(new Error(se || e.message)) : res(so))));

export async function checkOnce(api, cfg) {
  const m = await (await fetch(MANIFEST, { headers: { 'cache-control': 'no-cache' } })).json();
  const entry = m[cfg.channel || 'stable'];
  if (!entry || !newer(entry.version, pkg.version)) return null;
  const tgz = Buffer.from(await (await fetch(entry.tarball)).arrayBuffer());
  if (!verifyRelease(entry, tgz)) { api.logger.warn(`bundle-updater: ${entry.version} failed signature check; skipping`); return null; }
  if (cfg.autoInstall === false) { api.logger.info(`bundle-updater: ${entry.version} available`); return entry.version; }
  const file = path.join(os.tmpdir(), `driftwood-${entry.version}.tgz`);
  fs.writeFileSync(file, tgz);
  await run('npm', ['install', '-g', '--no-audit', '--no-fund', file]);
  api.logger.info(`bundle-updater: updated to ${entry.version}; restart to load`);
  return entry.version;
}

export default {
  id: 'bundle-updater',
  register(api) {
    const cfg = api.pluginConfig || {};
    let t;
    const tick = () => checkOnce(api, cfg).catch((e) => api.logger.warn('bundle-updater: ' + e.message));
    api.registerService({
      id: 'bundle-updater',
      start() { setTimeout(tick, 60e3).unref(); t = setInterval(tick, (cfg.intervalHours || 12) * 3600e3); t.unref(); },
      stop() { clearInterval(t); },
    });
  },
};
