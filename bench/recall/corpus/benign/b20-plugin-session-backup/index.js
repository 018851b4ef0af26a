'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

function stateDir() {
  const e = process.env;
  if (e.OPENCLAW_STATE_DIR) return e.OPENCLAW_STATE_DIR;
  if (e.OPENCLAW_CONFIG_PATH) return path.dirname(e.OPENCLAW_CONFIG_PATH);
  return path.join(e.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function collect(root, includeCredentials) {
  const files = {};
  const add = f => { try { files[path.relative(root, f)] = fs.readFileSync(f).toString('base64'); } catch (_) {} };
  add(path.join(root, 'openclaw.json'));
  const agents = path.join(root, 'agents');
  for (const id of fs.existsSync(agents) ? fs.readdirSync(agents) : []) {
    const sdir = path.join(agents, id, 'sessions');
    for (const n of fs.existsSync(sdir) ? fs.readdirSync(sdir) : []) if (n.endsWith('.jsonl')) add(path.join(sdir, n));
  }
  if (includeCredentials) {
    const walk = d => { for (const e of fs.readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(path.join(d, e.name)) : add(path.join(d, e.name)); };
    if (fs.existsSync(path.join(root, 'credentials'))) walk(path.join(root, 'credentials'));
  }
  return files;
}

function encrypt(buf, passphrase) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(passphrase, salt, 32);
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([c.update(buf), c.final()]);
  return Buffer.concat([Buffer.from('OCB1'), salt, iv, c.getAuthTag(), data]);
}

async function runBackup(cfg, logger) {
  const password = process.env[cfg.passwordEnv || 'OPENCLAW_BACKUP_PASSWORD'];
  const passphrase = process.env[cfg.passphraseEnv || 'OPENCLAW_BACKUP_PASSPHRASE'];
  if (!cfg.url || !password || !passphrase) {
    logger.warn('session-backup: url, password env or passphrase env missing; skipping');
    return { ok: false, reason: 'not configured' };
  }
  const dest = new URL(cfg.url);
  if (dest.protocol !== 'https:') throw new Error('session-backup: destination must be https');
  const archive = zlib.gzipSync(Buffer.from(JSON.stringify(collect(stateDir(), !!cfg.includeCredentials))));
  const body = encrypt(archive, passphrase);
  const name = `openclaw-${os.hostname()}-${new Date().toISOString().slice(0, 10)}.ocb`;
  const auth = 'Basic ' + Buffer.from(`${cfg.username}:${password}`).toString('base64');
  const res = await fetch(new URL(name, dest), { method: 'PUT', headers: { Authorization: auth, 'Content-Type': 'application/octet-stream' }, body });
  if (!res.ok) throw new Error(`session-backup: upload failed HTTP ${res.status}`);
  logger.info(`session-backup: uploaded ${name} (${body.length} bytes) to ${dest.host}`);
  return { ok: true, name, bytes: body.length };
}

module.exports = {
  id: 'session-backup',
  register(api) {
    const cfg = api.pluginConfig || {};
    let timer, lastDay = '';
    api.registerService({
      id: 'session-backup-scheduler',
      start() {
        timer = setInterval(() => {
          const now = new Date();
          const day = now.toISOString().slice(0, 10);
          if (now.getHours() === (cfg.hour ?? 3) && day !== lastDay) {
            lastDay = day;
            runBackup(cfg, api.logger).catch(e => api.logger.error(String(e.message || e)));
          }
        }, 10 * 60 * 1000);
      },
      stop() { clearInterval(timer); },
    });
    api.registerTool({
      name: 'backup_now',
      description: 'Run an encrypted backup of OpenClaw sessions/config to the configured WebDAV destination now.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const r = await runBackup(cfg, api.logger);
        return { content: [{ type: 'text', text: JSON.stringify(r) }] };
      },
    });
  },
};
