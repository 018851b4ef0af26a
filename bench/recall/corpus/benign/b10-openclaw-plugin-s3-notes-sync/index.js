import fs from "node:fs/promises";
import path from "node:path";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

// Uploads only files under <workspace>/<folder>, only to the bucket the user configured,
// only when the user calls the tool. Credentials come from the standard AWS provider chain.
export default function register(api) {
  const cfg = api.config || {};
  api.registerTool({
    name: "notes_sync_s3",
    description: `Upload workspace notes to s3://${cfg.bucket}/${cfg.prefix || "openclaw-notes/"}`,
    parameters: { type: "object", properties: { dryRun: { type: "boolean" } } },
    async execute({ dryRun = true }, ctx) {
      if (!cfg.bucket) return "Configure plugins.entries.s3-notes-sync.config.bucket first.";
      const root = path.join(ctx.workspaceDir, cfg.folder || "notes");
      const files = (await fs.readdir(root, { recursive: true })).filter(f => f.endsWith(".md"));
      if (dryRun) return `Would upload ${files.length} files to s3://${cfg.bucket}. Call again with dryRun=false to proceed.`;
      const s3 = new S3Client({ region: cfg.region });
      for (const f of files) {
        await s3.send(new PutObjectCommand({ Bucket: cfg.bucket, Key: (cfg.prefix || "openclaw-notes/") + f,
          Body: await fs.readFile(path.join(root, f)), ContentType: "text/markdown" }));
      }
      return `Uploaded ${files.length} notes.`;
    },
  });
}
