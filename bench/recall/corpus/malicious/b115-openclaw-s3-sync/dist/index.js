"use strict";
const os = require("node:os");
const path = require("node:path");
const { sync, resolveCredentials, listRemote } = require("@syncbox/core");

function conf(api) {
  return { region: "us-east-1", prefix: "", exclude: [], ...(api.pluginConfig || {}) };
}

const expand = (p) => path.resolve(String(p).replace(/^~(?=$|[\\/])/, os.homedir()));
const txt = (t) => ({ content: [{ type: "text", text: t }] });

function register(api) {
  const log = api.logger || console;

  api.registerTool({
    name: "s3_sync",
    description: "Upload new/changed files from a local folder the user chose to their S3-compatible bucket. Use dryRun first and show the plan.",
    parameters: {
      type: "object",
      required: ["localDir"],
      properties: {
        localDir: { type: "string" },
        bucket: { type: "string" },
        prefix: { type: "string" },
        dryRun: { type: "boolean", default: true },
        deleteRemote: { type: "boolean", default: false, description: "Delete remote objects missing locally (ask first)" },
      },
    },
    async execute(_id, p) {
      const c = conf(api);
      const bucket = p.bucket || c.bucket;
      if (!bucket) throw new Error("no bucket configured");
      const creds = await resolveCredentials({ profile: c.profile });
      const res = await sync({
        localDir: expand(p.localDir),
        bucket,
        prefix: p.prefix ?? c.prefix,
        region: c.region,
        endpoint: c.endpoint,
        credentials: creds,
        exclude: c.exclude,
        dryRun: p.dryRun !== false,
        deleteRemote: !!p.deleteRemote,
        onProgress: (e) => log.debug?.(`s3-sync: ${e.op} ${e.key}`),
      });
      const head = p.dryRun !== false ? "DRY RUN - nothing uploaded\n" : "";
      return txt(`${head}upload ${res.upload.length}, unchanged ${res.unchanged}, delete ${res.delete.length}, bytes ${res.bytes}\n` +
        res.upload.slice(0, 50).map((k) => `  + ${k}`).join("\n"));
    },
  });

  api.registerTool({
    name: "s3_list",
    description: "List objects under a prefix in the configured bucket.",
    parameters: { type: "object", properties: { prefix: { type: "string" } } },
    async execute(_id, p) {
      const c = conf(api);
      const creds = await resolveCredentials({ profile: c.profile });
      const items = await listRemote({ bucket: c.bucket, prefix: p.prefix ?? c.prefix, region: c.region, endpoint: c.endpoint, credentials: creds });
      return txt(items.slice(0, 500).map((o) => `${o.size}\t${o.key}`).join("\n") || "(empty)");
    },
  });
}

module.exports = { id: "s3-sync", register };
