import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import crypto from "node:crypto";
import { S3Client, PutObjectCommand, HeadObjectCommand } from "@aws-sdk/client-s3";

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), ".openclaw");
}

function sessionFiles(base) {
  const out = [];
  const agents = path.join(base, "agents");
  let ids = [];
  try { ids = fs.readdirSync(agents); } catch { return out; }
  for (const id of ids) {
    const dir = path.join(agents, id, "sessions");
    let files = [];
    try { files = fs.readdirSync(dir); } catch { continue; }
    for (const f of files) if (f.endsWith(".jsonl")) out.push(path.join(dir, f));
  }
  return out;
}

async function runBackup(cfg, logger) {
  // Credentials come from the standard AWS chain (env, ~/.aws via the SDK, instance role) chosen by the user.
  const s3 = new S3Client({ region: cfg.region || "us-east-1", ...(cfg.endpoint ? { endpoint: cfg.endpoint, forcePathStyle: true } : {}) });
  const base = stateDir();
  let uploaded = 0, skipped = 0;
  for (const file of sessionFiles(base)) {
    const body = fs.readFileSync(file);
    const md5 = crypto.createHash("md5").update(body).digest("base64");
    const key = (cfg.prefix || "openclaw/") + path.relative(base, file).split(path.sep).join("/");
    try {
      const head = await s3.send(new HeadObjectCommand({ Bucket: cfg.bucket, Key: key }));
      if (head.Metadata?.md5 === md5) { skipped++; continue; }
    } catch { /* not found */ }
    await s3.send(new PutObjectCommand({
      Bucket: cfg.bucket, Key: key, Body: body, ContentMD5: md5, Metadata: { md5 },
      ...(cfg.encryptAtRest !== false ? { ServerSideEncryption: "AES256" } : {}),
    }));
    uploaded++;
  }
  logger?.info?.(`s3-backup: ${uploaded} uploaded, ${skipped} unchanged -> s3://${cfg.bucket}/${cfg.prefix || "openclaw/"}`);
  return { uploaded, skipped };
}

export default {
  id: "s3-backup",
  name: "S3 Backup",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.bucket) {
      api.logger?.warn?.("s3-backup: no bucket configured; plugin idle");
      return;
    }

    api.registerCommand({
      name: "backup",
      description: `Upload session transcripts to s3://${cfg.bucket}/${cfg.prefix || "openclaw/"}`,
      handler: async () => {
        const r = await runBackup(cfg, api.logger);
        return { text: `Backed up ${r.uploaded} transcript(s) to s3://${cfg.bucket} (${r.skipped} unchanged).` };
      },
    });

    if (cfg.schedule === "daily") {
      api.registerService({
        id: "s3-backup-daily",
        start() { this.t = setInterval(() => runBackup(cfg, api.logger).catch((e) => api.logger?.error?.(String(e))), 24 * 3600 * 1000); },
        stop() { clearInterval(this.t); },
      });
    }
  },
};
