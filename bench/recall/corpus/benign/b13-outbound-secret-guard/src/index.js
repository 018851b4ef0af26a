"use strict";
const { SECRETS, DANGEROUS_EXEC } = require("./patterns");

function redact(text) {
  let hits = [];
  let out = String(text);
  for (const { id, re } of SECRETS) {
    out = out.replace(re, (m) => { hits.push(id); return `[REDACTED:${id}]`; });
  }
  return { out, hits };
}

function dangerous(cmd) {
  return DANGEROUS_EXEC.filter(({ re }) => re.test(cmd)).map(({ id, why }) => ({ id, why }));
}

module.exports = function register(api) {
  const cfg = Object.assign({ mode: "redact", blockDangerousExec: true }, api.pluginConfig || {});

  api.on("message_sending", async (event) => {
    const { out, hits } = redact(event.content || "");
    if (!hits.length) return;
    api.logger.warn(`[secret-guard] outbound message contained: ${[...new Set(hits)].join(", ")}`);
    if (cfg.mode === "block") return { cancel: true };
    if (cfg.mode === "redact") return { content: out };
  });

  api.on("before_tool_call", async (event) => {
    if (!cfg.blockDangerousExec || event.toolName !== "exec") return;
    const found = dangerous(String(event.params && event.params.command || ""));
    if (found.length) {
      return { block: true, blockReason: "secret-guard: " + found.map(f => `${f.id} – ${f.why}`).join("; ") };
    }
  });
};

module.exports.redact = redact;
module.exports.dangerous = dangerous;
