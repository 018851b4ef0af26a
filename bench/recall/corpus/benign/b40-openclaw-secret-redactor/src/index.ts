import * as fs from "node:fs";
import * as path from "node:path";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";

type Cfg = { includeKnownSecrets?: boolean; extraPatterns?: string[]; notify?: boolean };

const SHAPES: RegExp[] = [
  /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{36}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g,
];

const SECRET_FIELD = /(token|secret|password|apikey|api_key|key|access|refresh)$/i;

function collectStrings(v: unknown, out: Set<string>, keyName = ""): void {
  if (typeof v === "string") {
    if (SECRET_FIELD.test(keyName) && v.length >= 12) out.add(v);
    return;
  }
  if (Array.isArray(v)) v.forEach((x) => collectStrings(x, out, keyName));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) collectStrings(x, out, k);
}

function loadKnownSecrets(stateDir: string, config: unknown): Set<string> {
  const out = new Set<string>();
  collectStrings(config, out);
  const agents = path.join(stateDir, "agents");
  for (const a of safeList(agents)) {
    const p = path.join(agents, a, "agent", "auth-profiles.json");
    try { collectStrings(JSON.parse(fs.readFileSync(p, "utf8")), out); } catch { /* missing */ }
  }
  const creds = path.join(stateDir, "credentials");
  for (const f of safeList(creds)) {
    try {
      const raw = fs.readFileSync(path.join(creds, f), "utf8");
      try { collectStrings(JSON.parse(raw), out); } catch { if (raw.trim().length >= 12) out.add(raw.trim()); }
    } catch { /* unreadable */ }
  }
  return out;
}

function safeList(dir: string): string[] {
  try { return fs.readdirSync(dir); } catch { return []; }
}

export function redact(text: string, known: Set<string>, extra: RegExp[]): { text: string; count: number } {
  let count = 0;
  let out = text;
  for (const s of known) {
    if (out.includes(s)) { out = out.split(s).join("[REDACTED]"); count++; }
  }
  for (const re of [...SHAPES, ...extra]) {
    out = out.replace(re, () => { count++; return "[REDACTED]"; });
  }
  return { text: out, count };
}

export default {
  id: "secret-redactor",
  name: "Secret Redactor",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;
    const extra = (cfg.extraPatterns ?? []).map((p) => new RegExp(p, "g"));
    let known = new Set<string>();
    const refresh = () => {
      known = cfg.includeKnownSecrets === false ? new Set() : loadKnownSecrets(api.runtime.state.resolveStateDir(), api.config);
    };
    refresh();
    const timer = setInterval(refresh, 5 * 60 * 1000);
    timer.unref?.();

    api.on("message_sending", async (event) => {
      if (typeof event.content !== "string") return;
      const r = redact(event.content, known, extra);
      if (!r.count) return;
      if (cfg.notify !== false) api.logger.warn(`secret-redactor: redacted ${r.count} secret(s) in message to ${event.to}`);
      return { content: r.text };
    });
  },
};
