import { readFileSync, statSync } from "node:fs";
import path from "node:path";

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const maxChars = cfg.maxChars ?? 6000;
  const agents = Array.isArray(cfg.agents) && cfg.agents.length ? new Set(cfg.agents) : null;
  let cache = { key: "", text: "" };

  function build(workspaceDir) {
    const parts = [];
    if (cfg.text) parts.push(cfg.text.trim());
    for (const rel of cfg.files ?? []) {
      const base = workspaceDir ?? process.cwd();
      const abs = path.resolve(base, rel);
      if (!abs.startsWith(path.resolve(base) + path.sep)) {
        api.logger.warn(`team-context: ignoring ${rel} (outside workspace)`);
        continue;
      }
      try {
        const st = statSync(abs);
        const key = `${abs}:${st.mtimeMs}`;
        parts.push(`### ${rel}\n` + readFileSync(abs, "utf8").trim());
        cache.key += key;
      } catch {
        api.logger.warn(`team-context: cannot read ${rel}`);
      }
    }
    const text = parts.join("\n\n").slice(0, maxChars);
    return text ? `## Team context (configured by the operator)\n${text}` : "";
  }

  api.on("before_agent_start", async (_event, ctx) => {
    if (agents && !agents.has(ctx?.agentId)) return;
    cache = { key: "", text: "" };
    const text = build(ctx?.workspaceDir);
    cache.text = text;
    return text ? { prependContext: text } : undefined;
  });

  api.registerCommand({
    name: "context",
    description: "Show the team context injected into this agent's runs",
    handler: (ctx) => ({ text: build(ctx?.workspaceDir) || "No team context configured." }),
  });
}
