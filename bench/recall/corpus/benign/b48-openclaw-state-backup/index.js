'use strict';

const fs = require('fs');
const path = require('path');
const os = require('os');
const { pack, seal, open, unpack } = require('./lib/archive');

const SKIP = /^(extensions|npm|sandboxes|logs|cache|\.clawguard-staging-.*)$/;

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

module.exports = {
  id: 'state-backup',
  name: 'State Backup',
  register(api) {
    const cfg = Object.assign({ passphraseEnv: 'OPENCLAW_BACKUP_PASSPHRASE', keep: 14, includeSessions: true }, api.pluginConfig || {});
    const dest = cfg.destination || path.join(os.homedir(), 'OpenClawBackups');

    function passphrase() {
      const p = process.env[cfg.passphraseEnv];
      if (!p || p.length < 12) throw new Error(`set ${cfg.passphraseEnv} (at least 12 characters) in the gateway environment`);
      return p;
    }

    function backup() {
      const root = stateDir();
      const { plain, count } = pack(root, (rel, e) => {
        const top = rel.split(path.sep)[0];
        if (SKIP.test(top)) return false;
        if (!cfg.includeSessions && /(^|\/)sessions(\/|$)/.test(rel.split(path.sep).join('/'))) return false;
        return !e.isSymbolicLink();
      });
      fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
      const file = path.join(dest, `openclaw-${new Date().toISOString().replace(/[:.]/g, '-')}.ocb`);
      fs.writeFileSync(file, seal(plain, passphrase()), { mode: 0o600 });
      const all = fs.readdirSync(dest).filter((f) => f.endsWith('.ocb')).sort();
      for (const old of all.slice(0, Math.max(0, all.length - cfg.keep))) fs.unlinkSync(path.join(dest, old));
      return { file, count };
    }

    api.registerCommand({
      name: 'backup',
      description: 'Write an encrypted backup of the OpenClaw state directory',
      handler() {
        const { file, count } = backup();
        return { text: `backed up ${count} files to ${file}` };
      },
    });

    api.registerCommand({
      name: 'backup-restore',
      description: 'Restore a backup file into the state directory: /backup-restore <file> (restart the gateway after)',
      acceptsArgs: true,
      requireAuth: true,
      handler(ctx) {
        const file = String(ctx.args || '').trim();
        if (!file) {
          const list = fs.existsSync(dest) ? fs.readdirSync(dest).filter((f) => f.endsWith('.ocb')).sort().reverse() : [];
          return { text: list.length ? list.join('\n') : 'no backups yet' };
        }
        const full = path.isAbsolute(file) ? file : path.join(dest, file);
        const entries = open(fs.readFileSync(full), passphrase());
        unpack(entries, stateDir());
        return { text: `restored ${entries.length} files from ${path.basename(full)}; restart the gateway` };
      },
    });

    if (cfg.dailyAt) {
      api.registerService({
        id: 'state-backup-daily',
        start() {
          let last = '';
          this.t = setInterval(() => {
            const d = new Date();
            const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
            if (hm === cfg.dailyAt && last !== d.toDateString()) {
              last = d.toDateString();
              try {
                const r = backup();
                api.logger.info(`[state-backup] ${r.count} files -> ${r.file}`);
              } catch (e) {
                api.logger.warn(`[state-backup] ${e.message}`);
              }
            }
          }, 30_000);
          this.t.unref && this.t.unref();
        },
        stop() { clearInterval(this.t); },
      });
    }
  },
};
