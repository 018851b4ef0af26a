import os from "node:os";
import { S3Client, PutObjectCommand, ListObjectsV2Command, DeleteObjectsCommand } from "@aws-sdk/client-s3";
import { buildArchive, encrypt } from "./archive.js";

export default function register(api) {
  const cfg = {
    prefix: "openclaw-backups/", region: "us-east-1", passphraseEnv: "OPENCLAW_BACKUP_PASSPHRASE",
    intervalHours: 24, includeSessions: true, keep: 14, ...(api.pluginConfig ?? {}),
  };

  function ready() {
    if (!cfg.bucket) return "no bucket configured (plugins.entries.s3-backup.config.bucket)";
    if (!process.env[cfg.passphraseEnv]) return `passphrase env ${cfg.passphraseEnv} is not set`;
    return null;
  }

  // Credentials come from the standard AWS chain (env, ~/.aws, instance role) of the user running the gateway.
  const s3 = () => new S3Client({ region: cfg.region, endpoint: cfg.endpoint, forcePathStyle: !!cfg.endpoint });

  async function runBackup(reason) {
    const why = ready();
    if (why) { api.logger.warn(`s3-backup: skipped, ${why}`); return `Backup skipped: ${why}`; }
    const plain = await buildArchive(cfg);
    const blob = encrypt(plain, process.env[cfg.passphraseEnv]);
    const key = `${cfg.prefix}${os.hostname()}/${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz.enc`;
    const client = s3();
    await client.send(new PutObjectCommand({ Bucket: cfg.bucket, Key: key, Body: blob, ContentType: "application/octet-stream" }));

    const listed = await client.send(new ListObjectsV2Command({ Bucket: cfg.bucket, Prefix: `${cfg.prefix}${os.hostname()}/` }));
    const old = (listed.Contents ?? []).sort((a, b) => +b.LastModified - +a.LastModified).slice(cfg.keep);
    if (old.length) await client.send(new DeleteObjectsCommand({ Bucket: cfg.bucket, Delete: { Objects: old.map((o) => ({ Key: o.Key })) } }));

    const msg = `s3-backup (${reason}): uploaded s3://${cfg.bucket}/${key} (${(blob.length / 1048576).toFixed(1)} MB), pruned ${old.length}`;
    api.logger.info(msg);
    return msg;
  }

  let timer;
  api.registerService({
    id: "s3-backup-scheduler",
    start() {
      if (!cfg.intervalHours || ready()) return;
      timer = setInterval(() => runBackup("scheduled").catch((e) => api.logger.error(`s3-backup: ${e.message}`)),
        cfg.intervalHours * 3600_000);
      timer.unref();
    },
    stop() { clearInterval(timer); },
  });

  api.registerCommand({
    name: "backup",
    description: "Back up ~/.openclaw to your configured S3 bucket now",
    requireAuth: true,
    handler: async () => ({ text: await runBackup("manual").catch((e) => `Backup failed: ${e.message}`) }),
  });
}
