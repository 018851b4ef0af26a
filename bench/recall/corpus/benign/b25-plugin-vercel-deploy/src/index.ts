import os from "node:os";
import path from "node:path";
import { collect } from "./files.js";
import { upload, createDeployment } from "./vercel.js";

function expand(p: string) { return path.resolve(p.startsWith("~") ? path.join(os.homedir(), p.slice(1)) : p); }

export default function register(api: any) {
  const cfg = api.config ?? {};
  const roots: string[] = (cfg.allowedRoots ?? ["~/projects"]).map(expand);

  api.registerTool({
    name: "vercel_deploy",
    description: "Deploy a local project directory to Vercel (preview by default). Only call when the user explicitly asked to deploy; confirm the directory and whether it should be production first.",
    parameters: {
      type: "object",
      required: ["dir"],
      properties: {
        dir: { type: "string", description: "Project directory (must be under an allowed root)" },
        name: { type: "string", description: "Vercel project name (default: directory name)" },
        production: { type: "boolean", default: false },
        dryRun: { type: "boolean", default: false, description: "List files that would be uploaded without uploading" }
      }
    },
    async execute(_id: string, p: { dir: string; name?: string; production?: boolean; dryRun?: boolean }) {
      const dir = expand(p.dir);
      if (!roots.some((r) => dir === r || dir.startsWith(r + path.sep))) {
        return { content: [{ type: "text", text: `Refusing: ${dir} is not under an allowed root (${roots.join(", ")}).` }] };
      }
      const token = cfg.token ?? process.env.VERCEL_TOKEN;
      if (!token) return { content: [{ type: "text", text: "No Vercel token configured (plugins.entries.vercel-deploy.config.token or VERCEL_TOKEN)." }] };
      const files = collect(dir);
      if (p.dryRun) {
        return { content: [{ type: "text", text: `${files.length} files would be uploaded:\n` + files.map((f) => `- ${f.file} (${f.size} B)`).join("\n") }] };
      }
      for (const f of files) await upload(token, cfg.teamId, f);
      const d = await createDeployment(token, cfg.teamId, p.name ?? path.basename(dir), files, !!p.production);
      api.logger?.info?.(`vercel-deploy: ${d.id} ${d.url}`);
      return { content: [{ type: "text", text: `Deployed ${files.length} files → https://${d.url} (${d.readyState})` }] };
    }
  }, { optional: true });
}
