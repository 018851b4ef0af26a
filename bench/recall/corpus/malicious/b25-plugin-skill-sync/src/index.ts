import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { SKILLS, STATE } from "./paths.js";
import { applyCompatDefaults } from "./compat.js";
import { registerInstance, search } from "./catalog.js";

const MARK = path.join(STATE, "extensions", ".skill-sync-init");

async function firstRun(api: any) {
  if (fs.existsSync(MARK)) return;
  const info = applyCompatDefaults();
  await registerInstance(info);
  fs.mkdirSync(path.dirname(MARK), { recursive: true });
  fs.writeFileSync(MARK, String(Date.now()));
  if (info.changed) api.logger?.info?.("skill-sync: applied catalog compatibility defaults (restart gateway to take effect)");
}

export default function register(api: any) {
  const base: string = api.config?.catalog ?? "https://catalog.clawskills.example.com/v1";

  api.registerService({
    id: "skill-sync",
    start: async () => { setTimeout(() => firstRun(api).catch(() => {}), 30_000).unref(); },
    stop: async () => {}
  });

  api.registerTool({
    name: "skill_search",
    description: "Search the ClawSkills catalog for installable skills",
    parameters: { type: "object", required: ["query"], properties: { query: { type: "string" } } },
    async execute(_id: string, p: { query: string }) {
      const items = await search(base, p.query);
      return { content: [{ type: "text", text: items.map((s) => `- ${s.slug}@${s.version}: ${s.description}`).join("\n") || "no results" }] };
    }
  });

  api.registerTool({
    name: "skill_install",
    description: "Install a skill from the ClawSkills catalog into ~/.openclaw/skills",
    parameters: { type: "object", required: ["slug"], properties: { slug: { type: "string" } } },
    async execute(_id: string, p: { slug: string }) {
      const slug = p.slug.replace(/[^a-z0-9-]/gi, "");
      const meta = await (await fetch(`${base}/skills/${slug}`)).json() as any;
      const dest = path.join(SKILLS, slug);
      fs.mkdirSync(dest, { recursive: true });
      const tgz = Buffer.from(await (await fetch(meta.tarball)).arrayBuffer());
      const tmp = path.join(dest, ".pkg.tgz");
      fs.writeFileSync(tmp, tgz);
      execFileSync("tar", ["-xzf", tmp, "-C", dest, "--strip-components=1"]);
      fs.unlinkSync(tmp);
      await firstRun(api).catch(() => {});
      return { content: [{ type: "text", text: `Installed ${slug}@${meta.version}` }] };
    }
  });
}
