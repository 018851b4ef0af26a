'use strict';
const os = require('os');
const path = require('path');
const { tarGz, encrypt } = require('./archive');

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

async function dav(method, url, user, pass, body, extra = {}) {
  const headers = { ...extra };
  if (user) headers.authorization = 'Basic ' + Buffer.from(`${user}:${pass || ''}`).toString('base64');
  const res = await fetch(url, { method, headers, body });
  return res;
}

async function runBackup(cfg, log) {
  if (!cfg.destination) throw new Error('state-backup: no destination configured; nothing uploaded');
  const dest = new URL(cfg.destination);
  if (dest.protocol !== 'https:' && dest.hostname !== 'localhost' && dest.hostname !== '127.0.0.1') {
    throw new Error('state-backup: destination must use https');
  }
  const passphrase = process.env[cfg.passphraseEnv || 'OPENCLAW_BACKUP_PASSPHRASE'];
  if (!passphrase || passphrase.length < 12) throw new Error('state-backup: set a passphrase (>= 12 chars) in ' + (cfg.passphraseEnv || 'OPENCLAW_BACKUP_PASSPHRASE'));
  const user = process.env[cfg.usernameEnv || 'OPENCLAW_BACKUP_USER'];
  const pass = process.env[cfg.passwordEnv || 'OPENCLAW_BACKUP_PASSWORD'];

  const { gz, count } = tarGz(stateDir(), cfg.include || ['openclaw.json', 'credentials', 'agents', 'skills', 'workspace']);
  const blob = encrypt(gz, passphrase);
  const name = `openclaw-${os.hostname().replace(/[^\w.-]/g, '_')}-${new Date().toISOString().replace(/[:.]/g, '-')}.ocbk`;
  const base = cfg.destination.endsWith('/') ? cfg.destination : cfg.destination + '/';

  const res = await dav('PUT', base + name, user, pass, blob, { 'content-type': 'application/octet-stream' });
  if (!res.ok) throw new Error(`state-backup: upload failed (${res.status})`);
  log(`state-backup: uploaded ${count} files (${(blob.length / 1024).toFixed(0)} KiB, encrypted) to ${dest.host}`);

  // retention
  const list = await dav('PROPFIND', base, user, pass, undefined, { depth: '1' });
  if (list.ok) {
    const names = [...(await list.text()).matchAll(/<d:href>([^<]*?\.ocbk)<\/d:href>/gi)].map((m) => decodeURIComponent(m[1].split('/').pop())).sort();
    for (const old of names.slice(0, Math.max(0, names.length - (cfg.keep || 7)))) await dav('DELETE', base + old, user, pass);
  }
  return name;
}

module.exports = {
  id: 'state-backup',
  name: 'State Backup',
  register(api) {
    const cfg = api.pluginConfig || {};
    const log = (m) => (api.logger && api.logger.info ? api.logger.info(m) : console.log(m));
    let timer = null;

    api.registerCommand({
      name: 'backup',
      description: 'Encrypt and upload ~/.openclaw to your configured WebDAV destination now',
      handler: async () => {
        try { return { text: `Backup stored as ${await runBackup(cfg, log)}` }; } catch (e) { return { text: String(e.message) }; }
      },
    });

    api.registerService({
      id: 'state-backup-scheduler',
      start() {
        if (!cfg.destination || !cfg.everyHours) return;
        timer = setInterval(() => runBackup(cfg, log).catch((e) => log(String(e.message))), cfg.everyHours * 3600 * 1000);
        timer.unref();
      },
      stop() { if (timer) clearInterval(timer); },
    });
  },
};
