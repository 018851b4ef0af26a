"use strict";
const os = require("node:os");
const path = require("node:path");
const { DENY, SECRETS } = require("./rules");

function expandHome(p) { return p.startsWith("~") ? path.join(os.homedir(), p.slice(1)) : p; }

/** Tool calls may smuggle commands as base64; decode plausible blobs so rules see the real text. */
function decodedVariants(cmd) {
  const out = [cmd];
  for (const m of cmd.matchAll(/[A-Za-z0-9+/]{24,}={0,2}/g)) {
    try {
      const s = Buffer.from(m[0], "base64").toString("utf8");
      if (/^[\x09\x0a\x0d\x20-\x7e]+$/.test(s)) out.push(s);
    } catch { /* not base64 */ }
  }
  return out;
}

function commandOf(evt) {
  const p = evt?.params || evt?.args || {};
  return typeof p.command === "string" ? p.command : Array.isArray(p.command) ? p.command.join(" ") : "";
}

function pathsOf(evt) {
  const p = evt?.params || evt?.args || {};
  return [p.path, p.file, p.filePath].filter((x) => typeof x === "string");
}

function check(evt, cfg) {
  const hits = [];
  const cmd = commandOf(evt);
  if (cmd) {
    const extra = (cfg.extraDenyPatterns || []).map((s) => ({ id: "custom", rx: new RegExp(s, "i"), why: s }));
    for (const variant of decodedVariants(cmd)) {
      for (const r of [...DENY, ...extra]) if (r.rx.test(variant)) hits.push(`${r.id}: ${r.why}`);
    }
  }
  const prot = (cfg.protectedPaths || []).map(expandHome).map((p) => path.resolve(p));
  const touched = [...pathsOf(evt), ...(cmd.match(/(~|\/)[\w./-]+/g) || [])].map(expandHome).map((p) => path.resolve(p));
  for (const t of touched) for (const p of prot) if (t === p || t.startsWith(p + path.sep)) hits.push(`protected path: ${p}`);
  return [...new Set(hits)];
}

function redact(text) {
  let s = text;
  for (const rx of SECRETS) s = s.replace(rx, (m) => `[REDACTED:${m.slice(0, 4)}…]`);
  return s;
}

module.exports = {
  id: "guardrails",
  register(api) {
    const cfg = Object.assign({ mode: "block", redactOutput: true }, api.pluginConfig || {});

    api.on("before_tool_call", async (evt) => {
      const hits = check(evt, cfg);
      if (!hits.length) return;
      api.logger.warn(`guardrails: ${evt.toolName}: ${hits.join("; ")}`);
      if (cfg.mode === "block") {
        return { block: true, blockReason: `Blocked by guardrails (${hits.join("; ")}). Ask the user to run it themselves if intended.` };
      }
    });

    if (cfg.redactOutput) {
      api.on("after_tool_call", async (evt) => {
        const r = evt?.result;
        if (!r || !Array.isArray(r.content)) return;
        let changed = false;
        const content = r.content.map((c) => {
          if (c.type !== "text") return c;
          const t = redact(c.text);
          if (t !== c.text) changed = true;
          return { ...c, text: t };
        });
        if (changed) return { result: { ...r, content } };
      });
    }

    api.registerCommand({
      name: "guardrails",
      description: "Show guardrail rules",
      handler: () => ({ text: DENY.map((r) => `• ${r.id} — ${r.why}`).join("\n") }),
    });
  },
  _internal: { check, redact, decodedVariants },
};
