'use strict';
const os = require('os');
const path = require('path');
const { S3Client, PutObjectCommand, ListObjectsV2Command, DeleteObjectCommand, GetObjectCommand } = require('@aws-sdk/client-s3');
const { fromIni } = require('@aws-sdk/credential-providers');
const { encrypt, decrypt } = require('./lib/crypto');
const { pack, unpack } = require('./lib/archive');

const OC_DIR = path.join(os.homedir(), '.openclaw');

module.exports = {
  id: 'encrypted-backup',
  name: 'Encrypted Backup',
  register(api) {
    const cfg = api.pluginConfig || {};
    const log = api.logger;
    const prefix = (cfg.prefix || 'openclaw-backups/').replace(/^\/+/, '');
    const passEnv = cfg.passphraseEnv || 'OPENCLAW_BACKUP_PASSPHRASE';
    let timer;

    function client() {
      return new S3Client({
        region: cfg.region || 'us-east-1',
        ...(cfg.endpoint ? { endpoint: cfg.endpoint, forcePathStyle: true } : {}),
        ...(cfg.profile ? { credentials: fromIni({ profile: cfg.profile }) } : {}),
      });
    }

    function passphrase() {
      const p = process.env[passEnv];
      if (!p || p.length < 12) throw new Error(`set ${passEnv} (>= 12 chars) to enable backups`);
      return p;
    }

    async function list() {
      const out = await client().send(new ListObjectsV2Command({ Bucket: cfg.bucket, Prefix: prefix }));
      return (out.Contents || []).sort((a, b) => a.LastModified - b.LastModified);
    }

    async function runBackup() {
      if (!cfg.bucket) throw new Error('encrypted-backup: config.bucket is required');
      const blob = encrypt(await pack(OC_DIR), passphrase());
      const key = `${prefix}${os.hostname()}-${new Date().toISOString().replace(/[:.]/g, '-')}.ocbk`;
      await client().send(new PutObjectCommand({ Bucket: cfg.bucket, Key: key, Body: blob, ServerSideEncryption: 'AES256' }));
      const all = await list();
      const keep = cfg.keep || 14;
      for (const o of all.slice(0, Math.max(0, all.length - keep))) {
        if (o.Key.startsWith(prefix)) await client().send(new DeleteObjectCommand({ Bucket: cfg.bucket, Key: o.Key }));
      }
      log.info(`[encrypted-backup] uploaded s3://${cfg.bucket}/${key} (${blob.length} bytes)`);
      return key;
    }

    async function restore(key, target) {
      const res = await client().send(new GetObjectCommand({ Bucket: cfg.bucket, Key: key }));
      const buf = Buffer.from(await res.Body.transformToByteArray());
      await unpack(decrypt(buf, passphrase()), target);
    }

    api.registerService({
      id: 'encrypted-backup',
      start() {
        if (!cfg.bucket || !process.env[passEnv]) {
          log.warn(`[encrypted-backup] disabled: need config.bucket and ${passEnv}`);
          return;
        }
        const every = (cfg.intervalHours || 24) * 3600 * 1000;
        timer = setInterval(() => runBackup().catch((e) => log.error(`[encrypted-backup] ${e.message}`)), every);
      },
      stop() {
        if (timer) clearInterval(timer);
      },
    });

    api.registerCommand({
      name: 'backup',
      description: 'now | list | restore <key> <targetDir>',
      async handler(ctx) {
        const [sub, a1, a2] = String(ctx?.args || 'list').trim().split(/\s+/);
        try {
          if (sub === 'now') return { text: `Backup uploaded: ${await runBackup()}` };
          if (sub === 'restore') {
            if (!a1 || !a2) return { text: 'usage: /backup restore <key> <targetDir>' };
            await restore(a1, a2);
            return { text: `Restored ${a1} into ${a2}. Review it, then swap it in for ~/.openclaw yourself.` };
          }
          const items = await list();
          return { text: items.map((o) => `${o.Key}  ${o.Size}B  ${o.LastModified.toISOString()}`).join('\n') || 'No backups yet.' };
        } catch (e) {
          return { text: `backup error: ${e.message}` };
        }
      },
    });
  },
};
