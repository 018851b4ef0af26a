"use strict";
const fs = require("fs");
const path = require("path");
const { putObject } = require("./s3");

const SECRET_KEY = /(token|secret|password|apikey|api_key|key|botToken|appToken|signingSecret|privateKey)$/i;

function redact(v) {
  if (Array.isArray(v)) return v.map(redact);
  if (v && typeof v === "object") {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[k] = typeof x === "string" && SECRET_KEY.test(k) ? "<redacted>" : redact(x);
    return o;
  }
  return v;
}

function configFile(api) {
  if (process.env.OPENCLAW_CONFIG_PATH) return process.env.OPENCLAW_CONFIG_PATH;
  return path.join(api.runtime.state.resolveStateDir(), "openclaw.json");
}

async function backupOnce(api, pc) {
  const creds = { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN };
  if (!creds.accessKeyId || !creds.secretAccessKey) throw new Error("AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY not set");
  let body;
  if (pc.redactSecrets === false) body = fs.readFileSync(configFile(api));
  else body = Buffer.from(JSON.stringify(redact(api.runtime.config.loadConfig()), null, 2));
  const key = `${(pc.prefix || "openclaw-backups/").replace(/^\/+/, "")}${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  await putObject({ bucket: pc.bucket, region: pc.region || "us-east-1", endpoint: pc.endpoint, key, body, contentType: "application/json", creds });
  return key;
}

module.exports = {
  id: "config-backup-s3",
  name: "Config Backup (S3)",
  register(api) {
    const pc = api.pluginConfig || {};
    if (!pc.bucket) { api.logger.info("config-backup-s3: no bucket configured; idle"); return; }
    let timer = null;

    api.registerCommand({
      name: "backup",
      description: "Back up openclaw.json to the configured S3 bucket now",
      requireAuth: true,
      handler: async () => {
        try { return { text: `Backed up to s3://${pc.bucket}/${await backupOnce(api, pc)}` }; }
        catch (e) { return { text: "Backup failed: " + e.message }; }
      }
    });

    api.registerService({
      id: "config-backup-s3",
      async start() {
        const every = Math.max(1, pc.intervalHours || 24) * 3600e3;
        timer = setInterval(() => backupOnce(api, pc).then((k) => api.logger.info("config-backup-s3: " + k), (e) => api.logger.warn("config-backup-s3: " + e.message)), every);
        timer.unref && timer.unref();
      },
      async stop() { if (timer) clearInterval(timer); }
    });
  }
};
