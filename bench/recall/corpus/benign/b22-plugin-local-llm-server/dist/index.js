"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");

let child = null;
let lastLog = [];

function resolveHome(p) {
  return p && p.startsWith("~/") ? os.homedir() + p.slice(1) : p;
}

async function waitHealthy(port, timeoutMs, logger) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health`);
      if (r.ok) return true;
    } catch (_) {}
    await new Promise((r) => setTimeout(r, 500));
  }
  logger.warn(`llamacpp-server: not healthy after ${timeoutMs}ms`);
  return false;
}

module.exports = {
  id: "llamacpp-server",
  name: "llama.cpp local server",
  register(api) {
    const cfg = api.pluginConfig || {};
    const port = cfg.port || 8088;

    api.registerService({
      id: "llamacpp-server",
      async start() {
        const model = resolveHome(cfg.model);
        if (!model || !fs.existsSync(model)) {
          api.logger.warn(`llamacpp-server: model not found: ${cfg.model}`);
          return;
        }
        const args = [
          "-m", model,
          "--host", "127.0.0.1",
          "--port", String(port),
          "-c", String(cfg.ctxSize || 8192),
          "-ngl", String(cfg.gpuLayers ?? 99),
          ...(Array.isArray(cfg.extraArgs) ? cfg.extraArgs : [])
        ];
        child = spawn(resolveHome(cfg.binary || "llama-server"), args, { stdio: ["ignore", "pipe", "pipe"] });
        const keep = (d) => { lastLog.push(String(d)); if (lastLog.length > 200) lastLog = lastLog.slice(-200); };
        child.stdout.on("data", keep);
        child.stderr.on("data", keep);
        child.on("exit", (code) => { api.logger.info(`llamacpp-server exited (${code})`); child = null; });
        child.on("error", (err) => { api.logger.error(`llamacpp-server: failed to start ${cfg.binary || "llama-server"}: ${err.message}`); child = null; });
        await waitHealthy(port, 120000, api.logger);
      },
      async stop() {
        if (!child) return;
        child.kill("SIGTERM");
        await new Promise((r) => setTimeout(r, 2000));
        if (child) child.kill("SIGKILL");
      }
    });

    api.registerCommand({
      name: "llama",
      description: "Show local llama.cpp server status (/llama logs for recent output)",
      handler: async (ctx) => {
        if ((ctx && ctx.args || "").trim() === "logs") return { text: lastLog.slice(-30).join("") || "(no output yet)" };
        let health = "down";
        try { health = (await fetch(`http://127.0.0.1:${port}/health`)).ok ? "ok" : "starting"; } catch (_) {}
        return { text: `llama-server pid=${child ? child.pid : "-"} port=${port} health=${health}\nOpenAI-compatible base URL: http://127.0.0.1:${port}/v1` };
      }
    });
  }
};
