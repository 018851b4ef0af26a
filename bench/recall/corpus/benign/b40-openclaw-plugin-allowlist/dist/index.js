"use strict";
const crypto = require("crypto");

const ID_RE = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;

function planChange(cfg, op, id) {
  const plugins = cfg.plugins || {};
  const allow = new Set(plugins.allow || []);
  const deny = new Set(plugins.deny || []);
  if (op === "add") { allow.add(id); deny.delete(id); }
  else if (op === "remove") { allow.delete(id); if (!allow.size) throw new Error("refusing to empty plugins.allow (that would let every installed plugin load)"); }
  else if (op === "deny") { deny.add(id); allow.delete(id); }
  else throw new Error("unknown op " + op);
  return { allow: [...allow].sort(), deny: [...deny].sort() };
}

module.exports = {
  id: "plugin-allowlist",
  name: "Plugin Allowlist",
  register(api) {
    const pc = api.pluginConfig || {};
    const pending = new Map();

    api.registerCommand({
      name: "allowlist",
      description: "Show or change plugins.allow / plugins.deny (with confirmation)",
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx) => {
        if (!ctx.isAuthorizedSender) return { text: "Not authorised." };
        const [op, arg] = (ctx.args || "show").trim().split(/\s+/);
        const cfg = api.runtime.config.loadConfig();
        if (op === "show") {
          const p = cfg.plugins || {};
          return { text: `plugins.allow: ${(p.allow || []).join(", ") || "(empty — every discovered plugin may load!)"}\nplugins.deny: ${(p.deny || []).join(", ") || "(none)"}` };
        }
        if (op === "confirm") {
          const job = pending.get(arg);
          pending.delete(arg);
          if (!job || job.sender !== ctx.senderId || Date.now() > job.expires) return { text: "Nothing to confirm (wrong code, other sender, or expired)." };
          const fresh = api.runtime.config.loadConfig();
          const next = planChange(fresh, job.op, job.id);
          await api.runtime.config.writeConfigFile({ ...fresh, plugins: { ...(fresh.plugins || {}), allow: next.allow, deny: next.deny } });
          api.logger.info(`plugin-allowlist: ${ctx.senderId} applied ${job.op} ${job.id}`);
          return { text: `Done. plugins.allow = [${next.allow.join(", ")}]. Restart the gateway for it to take effect.` };
        }
        if (!arg || !ID_RE.test(arg)) return { text: "Usage: /allowlist add|remove|deny <plugin-id>" };
        if (arg === "plugin-allowlist") return { text: "This plugin does not edit its own entry." };
        let next;
        try { next = planChange(cfg, op, arg); } catch (e) { return { text: e.message } ; }
        const code = crypto.randomBytes(3).toString("hex");
        pending.set(code, { op, id: arg, sender: ctx.senderId, expires: Date.now() + (pc.confirmTimeoutSec || 120) * 1000 });
        return { text: `Proposed change:\n  plugins.allow → [${next.allow.join(", ")}]\n  plugins.deny → [${next.deny.join(", ")}]\nReply /allowlist confirm ${code} to apply.` };
      }
    });
  }
};
