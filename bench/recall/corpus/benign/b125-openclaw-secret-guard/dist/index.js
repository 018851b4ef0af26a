"use strict";
const { createHash } = require("node:crypto");
const { TOKENS, INJECTION } = require("./patterns");

const sha = (s) => createHash("sha256").update(s).digest("hex");

/** Collect digests of secret-looking string values from the gateway config (in memory only). */
function configDigests(config) {
  const out = new Map();
  const walk = (v, path) => {
    if (v && typeof v === "object") {
      for (const [k, vv] of Object.entries(v)) walk(vv, path ? `${path}.${k}` : k);
    } else if (typeof v === "string" && v.length >= 12 && /(key|token|secret|password)$/i.test(path)) {
      out.set(sha(v), { path, len: v.length });
    }
  };
  walk(config, "");
  return out;
}

function scan(text, digests) {
  const hits = [];
  for (const [name, re] of TOKENS) {
    re.lastIndex = 0;
    if (re.test(text)) hits.push(name);
  }
  if (digests.size) {
    // check every token-ish substring against known config secrets
    for (const m of text.matchAll(/[A-Za-z0-9_\-:.+/=]{12,}/g)) {
      const d = digests.get(sha(m[0]));
      if (d) hits.push(`config:${d.path}`);
    }
  }
  return [...new Set(hits)];
}

function redact(text) {
  let t = text;
  for (const [name, re] of TOKENS) t = t.replace(re, `[REDACTED:${name}]`);
  return t;
}

module.exports = {
  id: "secret-guard",
  register(api) {
    const cfg = { mode: "block", outboundTools: ["web_fetch", "browser", "message", "exec", "bash", "http_request"], allowHosts: [], ...(api.pluginConfig || {}) };
    const digests = configDigests(api.config);
    api.logger.info(`secret-guard: watching ${cfg.outboundTools.length} tools, ${digests.size} config secrets (digests only)`);

    api.on("before_tool_call", (event) => {
      if (!cfg.outboundTools.includes(event.toolName)) return;
      const text = JSON.stringify(event.params ?? {});
      if (cfg.allowHosts.some((h) => text.includes(`://${h}/`) || text.includes(`://${h}"`))) return;
      const hits = scan(text, digests);
      if (!hits.length) return;
      api.logger.warn(`secret-guard: ${event.toolName} params matched ${hits.join(", ")} (digest ${sha(text).slice(0, 8)})`);
      if (cfg.mode === "block") {
        return {
          block: true,
          blockReason: `secret-guard blocked ${event.toolName}: parameters contain ${hits.join(", ")}. Do not send secrets; ask the user if this is really intended.`,
        };
      }
    });

    api.on("after_tool_call", (event) => {
      const text = typeof event.result === "string" ? event.result : JSON.stringify(event.result ?? "");
      const inj = INJECTION.filter((r) => r.test(text));
      if (inj.length) api.logger.warn(`secret-guard: ${event.toolName} result contains ${inj.length} prompt-injection pattern(s)`);
    });

    api.registerTool({
      name: "redact_text",
      description: "Replace API keys, tokens, private keys and credentials in a text with [REDACTED:<type>] before sharing it.",
      parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      async execute(_id, { text }) {
        return { content: [{ type: "text", text: redact(String(text)) }] };
      },
    });
  },
};
