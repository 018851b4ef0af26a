import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { S3Client, PutObjectCommand, GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

type Cfg = { bucket: string; prefix?: string; region?: string; expiresSeconds?: number };

export default function register(api: any) {
  const cfg = api.pluginConfig as Cfg;
  const s3 = new S3Client({ region: cfg.region });

  api.registerTool({
    name: "s3_share_file",
    description: "Upload a local file to the configured S3 bucket and return a presigned download link.",
    parameters: {
      type: "object",
      properties: { path: { type: "string" }, contentType: { type: "string" } },
      required: ["path"],
    },
    async execute(_id: string, p: { path: string; contentType?: string }) {
      const body = await readFile(p.path);
      const key = `${cfg.prefix ?? "openclaw/"}${Date.now()}-${basename(p.path)}`;
      await s3.send(new PutObjectCommand({ Bucket: cfg.bucket, Key: key, Body: body, ContentType: p.contentType }));
      const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: cfg.bucket, Key: key }), {
        expiresIn: cfg.expiresSeconds ?? 86400,
      });
      return { content: [{ type: "text", text: `Uploaded s3://${cfg.bucket}/${key}\n${url}` }] };
    },
  });
}
