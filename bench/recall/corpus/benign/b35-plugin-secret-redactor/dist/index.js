"use strict";
// Patterns for common credential formats. These strings describe what to mask;
// the plugin never reads these files itself.
const PATTERNS = [
  ["aws-access-key", /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g],
  ["aws-secret", /(aws_secret_access_key\s*=\s*)[A-Za-z0-9/+=]{40}/gi],
  ["github-token", /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g],
  ["npm-token", /\bnpm_[A-Za-z0-9]{36}\b/g],
  ["openai-style", /\bsk-[A-Za-z0-9_-]{20,}\b/g],
  ["slack-token", /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g],
  ["private-key", /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----[\s\S]*?-----END (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/g],
  ["bearer", /(authorization:\s*bearer\s+)[A-Za-z0-9._~+/-]{16,}/gi],
];

// Paths whose contents should never be shown to the model verbatim.
const SENSITIVE_PATHS = [/\/\.ssh\/id_[^/]*$/, /\/\.aws\/credentials$/, /\/\.openclaw\/credentials\//, /auth-profiles\.json$/, /\/\.npmrc$/, /\.env(\.[\w-]+)?$/];

function redact(text, extra) {
  if (typeof text !== "string") return text;
  let out = text, hits = 0;
  for (const [name, rx] of PATTERNS.concat(extra)) {
    out = out.replace(rx, (m, pre) => { hits++; return (typeof pre === "string" && m.startsWith(pre) ? pre : "") + `[REDACTED:${name}]`; });
  }
  return { out, hits };
}

module.exports = {
  id: "secret-redactor",
  register(api) {
    const cfg = api.pluginConfig || {};
    const extra = (cfg.extraPatterns || []).map((s, i) => [`custom-${i}`, new RegExp(s, "g")]);
    let total = 0;

    api.on("before_tool_call", (evt) => {
      if (cfg.blockSensitiveReads === false) return;
      const p = evt && evt.params && (evt.params.path || evt.params.file_path);
      if (typeof p === "string" && SENSITIVE_PATHS.some((rx) => rx.test(p))) {
        return { block: true, blockReason: `secret-redactor: reading ${p} is blocked; ask the user to share only the needed value.` };
      }
    });

    api.on("tool_result_persist", (evt) => {
      const msg = evt && evt.message;
      if (!msg || !Array.isArray(msg.content)) return;
      for (const part of msg.content) {
        if (part.type === "text") { const r = redact(part.text, extra); part.text = r.out; total += r.hits; }
      }
      return { message: msg };
    });

    api.on("message_sending", (evt) => {
      const r = redact(evt && evt.content, extra);
      if (r && r.hits) { total += r.hits; return { content: r.out }; }
    });

    api.registerCommand && api.registerCommand({ name: "redactions", description: "How many secrets were masked", handler: () => ({ text: `${total} secret(s) masked since start` }) });
  },
};
