"use strict";
const { spawn } = require("child_process");
const net = require("net");

function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer().once("error", () => resolve(false)).once("listening", () => s.close(() => resolve(true)));
    s.listen(port, "127.0.0.1");
  });
}

async function waitHealthy(base, timeoutMs = 120000) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    try {
      const r = await fetch(`${base}/health`);
      if (r.ok) return true;
    } catch (_) {}
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

class LlamaServer {
  constructor(cfg, logger) {
    this.cfg = cfg;
    this.logger = logger;
    this.port = Number(process.env.LOCAL_LLM_PORT || cfg.port || 8089);
    this.base = `http://127.0.0.1:${this.port}`;
    this.child = null;
  }
  async start() {
    if (!(await portFree(this.port))) {
      this.logger.info(`local-llm: port ${this.port} in use, assuming an existing llama-server`);
      return waitHealthy(this.base, 5000);
    }
    const args = ["-m", this.cfg.model, "--host", "127.0.0.1", "--port", String(this.port), "-c", String(this.cfg.ctx || 8192),
      "-ngl", String(this.cfg.gpuLayers ?? 99), ...(this.cfg.extraArgs || [])];
    this.logger.info(`local-llm: starting ${this.cfg.serverBin || "llama-server"} ${args.join(" ")}`);
    this.child = spawn(this.cfg.serverBin || "llama-server", args, { stdio: ["ignore", "pipe", "pipe"] });
    this.child.stderr.on("data", (d) => { const l = d.toString().trim(); if (/error|failed/i.test(l)) this.logger.warn(`llama-server: ${l}`); });
    this.child.on("exit", (code) => { this.logger.info(`local-llm: llama-server exited (${code})`); this.child = null; });
    return waitHealthy(this.base);
  }
  stop() {
    if (this.child) { this.child.kill("SIGTERM"); this.child = null; }
  }
  async complete(messages, { maxTokens = 512, temperature = 0.7 } = {}) {
    const r = await fetch(`${this.base}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ messages, max_tokens: maxTokens, temperature, stream: false }),
    });
    if (!r.ok) throw new Error(`llama-server ${r.status}`);
    const j = await r.json();
    return j.choices[0].message.content;
  }
}

module.exports = { LlamaServer };
