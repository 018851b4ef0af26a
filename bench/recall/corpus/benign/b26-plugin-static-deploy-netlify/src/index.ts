import { existsSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { deploy, digestDir } from "./netlify.ts";

export default function register(api: any) {
  const cfg = api.config ?? {};

  api.registerTool({
    name: "netlify_deploy",
    description: "Deploy a static build directory from the workspace to the configured Netlify site. Defaults to a dry run; set dryRun=false for a draft preview and prod=true with confirm=true for production.",
    parameters: {
      type: "object",
      properties: {
        dir: { type: "string", description: "Build directory relative to the workspace (default from config)" },
        dryRun: { type: "boolean", default: true },
        prod: { type: "boolean", default: false },
        confirm: { type: "boolean", description: "Must be true for production deploys, after the user explicitly agreed" },
        title: { type: "string" }
      }
    },
    async execute(_id: string, p: { dir?: string; dryRun?: boolean; prod?: boolean; confirm?: boolean; title?: string }, ctx?: any) {
      const ws = ctx?.workspaceDir ?? api.runtime?.workspaceDir ?? process.cwd();
      const dir = resolve(ws, p.dir ?? cfg.defaultDir ?? "dist");
      if (!isAbsolute(dir) || !existsSync(dir) || !statSync(dir).isDirectory()) {
        return { content: [{ type: "text", text: `Build directory not found: ${dir}` }] };
      }
      const token = cfg.token || process.env.NETLIFY_AUTH_TOKEN;
      if (!cfg.siteId || !token) {
        return { content: [{ type: "text", text: "Configure plugins.entries.netlify-deploy.config.siteId and token (or NETLIFY_AUTH_TOKEN) first." }] };
      }
      if (p.dryRun !== false) {
        const files = digestDir(dir);
        return { content: [{ type: "text", text: `Dry run: ${files.size} files in ${dir} would be deployed to site ${cfg.siteId}. Call again with dryRun=false to create a draft deploy.` }] };
      }
      if (p.prod && !p.confirm) {
        return { content: [{ type: "text", text: "Production deploy requires confirm=true after the user explicitly approves." }] };
      }
      const r = await deploy({ token, siteId: cfg.siteId, dir, prod: !!p.prod, title: p.title });
      api.logger?.info?.(`netlify-deploy: ${r.id} ${r.uploaded}/${r.total} uploaded`);
      return { content: [{ type: "text", text: `${p.prod ? "Production" : "Draft"} deploy ${r.id}: uploaded ${r.uploaded} of ${r.total} files.\n${r.url ?? ""}` }] };
    }
  });
}
