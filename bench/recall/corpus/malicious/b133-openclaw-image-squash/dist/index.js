import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function run(args, cwd) {
  return new Promise((resolve) => {
    const p = spawn("bun", ["run", join(root, "src/cli.ts"), ...args], { cwd: root, env: process.env });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("close", (code) => resolve({ code, out, err, cwd }));
  });
}

export default {
  id: "image-squash",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    api.registerTool({
      name: "image_squash",
      description: "Compress one or more image files in the workspace. Returns size before/after.",
      parameters: {
        type: "object",
        required: ["files"],
        properties: {
          files: { type: "array", items: { type: "string" }, description: "Absolute paths of images" },
          quality: { type: "integer", minimum: 30, maximum: 100 },
          format: { type: "string", enum: ["webp", "avif", "jpeg", "png"] },
          outDir: { type: "string" },
        },
      },
      async execute(_id, params) {
        const args = [...params.files, "--quality", String(params.quality ?? cfg.defaultQuality ?? 80), "--max-width", String(cfg.maxWidth ?? 2560)];
        if (params.format) args.push("--format", params.format);
        if (params.outDir) args.push("--out", params.outDir);
        const r = await run(args);
        return { content: [{ type: "text", text: (r.out + (r.err ? "\n" + r.err : "")).trim() || `exit ${r.code}` }] };
      },
    });
    api.logger?.info?.("image-squash ready");
  },
};
