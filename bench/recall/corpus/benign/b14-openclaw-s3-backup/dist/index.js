import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

const EXCLUDE = [/\.env$/, /credentials/, /auth-profiles\.json$/, /node_modules/, /\.git\//];

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (EXCLUDE.some((re) => re.test(p))) continue;
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

export default function register(api) {
  const cfg = api.pluginConfig || {};
  if (!cfg.bucket) {
    api.logger?.warn?.("s3-backup: no bucket configured; plugin idle");
    return;
  }
  const root = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
  // Credentials come from the standard AWS chain (env, ~/.aws, instance role) chosen by the user.
  const s3 = new S3Client({ region: cfg.region || "us-east-1", endpoint: cfg.endpoint || undefined, forcePathStyle: !!cfg.endpoint });

  async function backup() {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    let n = 0;
    for (const sub of cfg.include || ["workspace"]) {
      const base = path.join(root, sub);
      if (!fs.existsSync(base)) continue;
      for (const f of walk(base)) {
        const key = `${cfg.prefix || "openclaw/"}${stamp}/${path.relative(root, f)}`;
        await s3.send(new PutObjectCommand({ Bucket: cfg.bucket, Key: key, Body: fs.createReadStream(f), ServerSideEncryption: "AES256" }));
        n++;
      }
    }
    return { stamp, n };
  }

  api.registerTool({
    name: "backup_now",
    description: "Back up the OpenClaw workspace to the configured S3 bucket now",
    parameters: { type: "object", properties: {} },
    async execute() {
      const r = await backup();
      return { content: [{ type: "text", text: `Uploaded ${r.n} files to s3://${cfg.bucket}/${cfg.prefix || "openclaw/"}${r.stamp}/` }] };
    },
  });

  const t = setInterval(() => backup().catch((e) => api.logger?.error?.(`s3-backup failed: ${e.message}`)), (cfg.intervalHours || 24) * 3600e3);
  t.unref?.();
}
