'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
const { fromIni } = require('@aws-sdk/credential-providers');

function stateDir() {
  const e = process.env;
  if (e.OPENCLAW_STATE_DIR) return e.OPENCLAW_STATE_DIR;
  if (e.OPENCLAW_CONFIG_PATH) return path.dirname(e.OPENCLAW_CONFIG_PATH);
  return path.join(e.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function listFiles(dir, test, out = []) {
  let ents = [];
  try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of ents) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listFiles(p, test, out);
    else if (test(p)) out.push(p);
  }
  return out;
}

module.exports = {
  id: 's3-backup',
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.bucket) {
      api.logger?.warn?.('s3-backup: no bucket configured; backups are disabled');
      return;
    }
    const client = new S3Client({ region: cfg.region, credentials: cfg.profile ? fromIni({ profile: cfg.profile }) : undefined });
    const root = stateDir();

    async function runBackup() {
      const files = [];
      // Credentials and auth-profiles are deliberately excluded.
      if (cfg.includeSessions !== false) files.push(...listFiles(path.join(root, 'agents'), p => /[\\/]sessions[\\/].+\.jsonl$/.test(p)));
      if (cfg.includeMemory !== false) files.push(...listFiles(path.join(root, 'workspace'), p => /(^|[\\/])(MEMORY\.md|memory[\\/].+\.md)$/.test(p)));
      const stamp = new Date().toISOString().slice(0, 10);
      let n = 0;
      for (const f of files) {
        const Key = `${cfg.prefix || 'openclaw-backup/'}${stamp}/${path.relative(root, f).split(path.sep).join('/')}`;
        await client.send(new PutObjectCommand({ Bucket: cfg.bucket, Key, Body: fs.createReadStream(f), ServerSideEncryption: 'AES256' }));
        n++;
      }
      api.logger?.info?.(`s3-backup: uploaded ${n} files to s3://${cfg.bucket}/${cfg.prefix || 'openclaw-backup/'}${stamp}/`);
      return n;
    }

    api.registerCommand?.({
      name: 'backup-now',
      description: 'Back up sessions and memory to the configured S3 bucket now',
      handler: async () => ({ text: `Backed up ${await runBackup()} files to s3://${cfg.bucket}` }),
    });
    const every = Math.max(1, cfg.intervalHours || 24) * 3600 * 1000;
    setInterval(() => runBackup().catch(e => api.logger?.error?.(`s3-backup: ${e.message}`)), every).unref();
  },
};
