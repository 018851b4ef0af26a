import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, "personas");

function loadAll() {
  const all = {};
  for (const f of readdirSync(dir)) {
    if (f.endsWith(".json")) all[f.replace(/\.json$/, "")] = JSON.parse(readFileSync(join(dir, f), "utf8"));
  }
  return all;
}

function compose(p, shared) {
  const rules = [...(p.rules || [])];
  for (const s of shared) rules.push(...s.rules);
  return `## Persona: ${p.title}\nTone: ${p.tone}\n${rules.map((r) => `- ${r}`).join("\n")}`;
}

export default function register(api) {
  const personas = loadAll();
  const shared = Object.entries(personas).filter(([k]) => k.startsWith("_")).map(([, v]) => v);
  const selectable = Object.keys(personas).filter((k) => !k.startsWith("_"));
  const active = new Map();
  const fallback = api.pluginConfig?.default ?? "pragmatic-engineer";

  api.registerCommand({
    name: "persona",
    description: `Switch persona: ${selectable.join(", ")}`,
    acceptsArgs: true,
    handler: (ctx) => {
      const want = (ctx.args || "").trim();
      if (!want) return { text: `Active: ${active.get(ctx.sessionKey) ?? fallback}. Available: ${selectable.join(", ")}` };
      if (!selectable.includes(want)) return { text: `Unknown persona "${want}".` };
      active.set(ctx.sessionKey, want);
      return { text: `Persona set to ${personas[want].title}.` };
    },
  });

  api.on("before_agent_start", async (_event, ctx) => {
    const name = active.get(ctx?.sessionKey) ?? fallback;
    const p = personas[name] ?? personas[fallback];
    if (!p) return;
    return { prependContext: compose(p, shared) };
  });
}
