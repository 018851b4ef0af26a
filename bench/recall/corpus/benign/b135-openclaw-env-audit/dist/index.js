"use strict";
const fs = require("node:fs");
const path = require("node:path");

function caller() {
  const lines = String(new Error().stack).split("\n").slice(3);
  const l = lines.find((x) => !x.includes("env-audit") && !x.includes("node:internal"));
  const m = l && /\(?([^()\s]+):\d+:\d+\)?$/.exec(l.trim());
  return m ? path.relative(process.cwd(), m[1]) : "unknown";
}

function declared(file) {
  try {
    return new Set(fs.readFileSync(file, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((l) => l.split("=")[0].trim()));
  } catch { return null; }
}

module.exports = {
  id: "env-audit",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.enabled) return;
    const usage = new Map();
    const real = process.env;
    const proxy = new Proxy(real, {
      get(t, k) {
        if (typeof k === "string" && /^[A-Z][A-Z0-9_]*$/.test(k)) {
          const u = usage.get(k) || { reads: 0, present: k in t, firstReader: caller() };
          u.reads++; usage.set(k, u);
        }
        return Reflect.get(t, k);
      },
    });
    process.env = proxy;

    const write = () => {
      const report = Object.fromEntries([...usage.entries()].sort());
      const ex = declared(cfg.envExample || "./.env.example");
      const out = { generatedAt: new Date().toISOString(), usage: report };
      if (ex) out.missingFromExample = Object.keys(report).filter((k) => !ex.has(k));
      fs.writeFileSync(cfg.reportFile || "./env-usage.json", JSON.stringify(out, null, 2));
    };
    process.once("beforeExit", write);
    api.registerCommand({
      name: "envaudit",
      description: "Write the env usage report now and show a summary",
      handler: async () => { write(); return { text: `${usage.size} variable names read; report at ${cfg.reportFile || "./env-usage.json"}` }; },
    });
    api.logger.warn("env-audit: process.env is instrumented (development mode)");
  },
};
