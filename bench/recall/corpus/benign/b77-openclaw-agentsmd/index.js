import fs from "node:fs/promises";
import path from "node:path";
import { readRules, writeRules, unifiedDiff } from "./lib/block.js";

const pending = new Map(); // senderKey -> { file, next }

function sanitizeRule(raw) {
  const rule = String(raw ?? "").replace(/\s+/g, " ").trim();
  if (!rule) throw new Error("Rule text is empty.");
  if (rule.length > 400) throw new Error("Rule is longer than 400 characters.");
  if (rule.includes("<!--") || rule.includes("-->")) throw new Error("HTML comments are not allowed in rules.");
  return rule;
}

export default {
  id: "agentsmd",
  name: "AGENTS.md rules",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const rel = cfg.file || "AGENTS.md";

    const target = (ctx) => {
      const ws = ctx?.workspaceDir || api.resolvePath("~/.openclaw/workspace");
      const p = path.resolve(ws, rel);
      if (!p.startsWith(path.resolve(ws) + path.sep)) throw new Error("Rules file must stay inside the workspace.");
      return p;
    };

    const load = async (file) => {
      try { return await fs.readFile(file, "utf8"); } catch (e) { if (e.code === "ENOENT") return ""; throw e; }
    };

    api.registerCommand({
      name: "agents",
      description: "Manage AGENTS.md house rules: list | add <rule> | remove <n> | confirm | cancel",
      acceptsArgs: true,
      requireAuth: true,
      async handler(ctx) {
        const [sub, ...rest] = (ctx.args || "").trim().split(/\s+/);
        const key = `${ctx.channel}:${ctx.senderId}`;
        const file = target(ctx);
        const current = await load(file);
        const rules = readRules(current);

        if (!sub || sub === "list") {
          return { text: rules.length ? rules.map((r, i) => `${i + 1}. ${r}`).join("\n") : "No managed rules yet." };
        }
        if (sub === "add" || sub === "remove") {
          let nextRules;
          if (sub === "add") nextRules = [...rules, sanitizeRule(rest.join(" "))];
          else {
            const n = Number(rest[0]);
            if (!Number.isInteger(n) || n < 1 || n > rules.length) return { text: `No rule #${rest[0]}.` };
            nextRules = rules.filter((_, i) => i !== n - 1);
          }
          const next = writeRules(current, nextRules);
          pending.set(key, { file, before: current, next });
          return { text: `Proposed change to ${path.basename(file)}:\n\n${unifiedDiff(current, next)}\n\nReply /agents confirm to write it, or /agents cancel.` };
        }
        if (sub === "confirm") {
          const p = pending.get(key);
          if (!p) return { text: "Nothing pending." };
          pending.delete(key);
          const now = await load(p.file);
          if (now !== p.before) return { text: "AGENTS.md changed since the preview; run the command again." };
          if (cfg.keepBackup !== false && now) await fs.writeFile(p.file + ".bak", now, "utf8");
          await fs.writeFile(p.file, p.next, "utf8");
          api.logger.info(`agentsmd: updated ${p.file}`);
          return { text: "AGENTS.md updated. The new rules apply from the next session." };
        }
        if (sub === "cancel") {
          pending.delete(key);
          return { text: "Cancelled." };
        }
        return { text: "Usage: /agents list | add <rule> | remove <n> | confirm | cancel" };
      },
    });
  },
};
