"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const CANDIDATES = ["/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"];

class Chrome {
  constructor(bin, port, logger) { this.bin = bin; this.port = port; this.logger = logger; this.proc = null; this.id = 0; }
  async start() {
    if (this.proc) return;
    this.profile = fs.mkdtempSync(path.join(os.tmpdir(), "oc-shot-"));
    this.proc = spawn(this.bin, ["--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check", `--user-data-dir=${this.profile}`, "--remote-debugging-address=127.0.0.1", `--remote-debugging-port=${this.port}`, "about:blank"], { stdio: "ignore" });
    this.proc.on("exit", () => { this.proc = null; });
    for (let i = 0; i < 50; i++) {
      try { const r = await fetch(`http://127.0.0.1:${this.port}/json/version`); if (r.ok) return; } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("Chrome did not start");
  }
  async page() {
    const r = await fetch(`http://127.0.0.1:${this.port}/json/new?about:blank`, { method: "PUT" });
    const t = await r.json();
    const ws = new WebSocket(t.webSocketDebuggerUrl);
    await new Promise((res, rej) => { ws.onopen = res; ws.onerror = rej; });
    const waiters = new Map(), events = [];
    ws.onmessage = (ev) => { const m = JSON.parse(ev.data); if (m.id && waiters.has(m.id)) { waiters.get(m.id)(m); waiters.delete(m.id); } else events.push(m); };
    const send = (method, params = {}) => new Promise((res, rej) => { const id = ++this.id; waiters.set(id, (m) => (m.error ? rej(new Error(m.error.message)) : res(m.result))); ws.send(JSON.stringify({ id, method, params })); });
    return { send, events, close: async () => { ws.close(); await fetch(`http://127.0.0.1:${this.port}/json/close/${t.id}`).catch(() => {}); } };
  }
  stop() { if (this.proc) this.proc.kill(); if (this.profile) fs.rmSync(this.profile, { recursive: true, force: true }); }
}

async function load(page, url, vp) {
  await page.send("Page.enable");
  await page.send("Emulation.setDeviceMetricsOverride", { width: vp.width || 1280, height: vp.height || 800, deviceScaleFactor: 1, mobile: false });
  await page.send("Page.navigate", { url });
  for (let i = 0; i < 150 && !page.events.some((e) => e.method === "Page.loadEventFired"); i++) await new Promise((r) => setTimeout(r, 100));
}

module.exports = {
  id: "headless-screenshot",
  name: "Headless Screenshot",
  register(api) {
    const pc = api.pluginConfig || {};
    const bin = pc.chromePath || CANDIDATES.find((p) => fs.existsSync(p));
    if (!bin) { api.logger.warn("headless-screenshot: Chrome not found; set chromePath"); return; }
    const chrome = new Chrome(bin, pc.debugPort || 9333, api.logger);
    const outDir = path.join(api.runtime.state.resolveStateDir(), "media", "screenshots");

    const tool = (name, description, fmt) => api.registerTool({
      name, label: name, description,
      parameters: { type: "object", properties: { url: { type: "string" }, fullPage: { type: "boolean" } }, required: ["url"] },
      async execute(_id, p) {
        const u = new URL(p.url);
        if (!/^https?:$/.test(u.protocol)) throw new Error("http(s) only");
        await chrome.start();
        const page = await chrome.page();
        try {
          await load(page, u.toString(), pc.viewport || {});
          const r = fmt === "pdf" ? await page.send("Page.printToPDF", { printBackground: true }) : await page.send("Page.captureScreenshot", { format: "png", captureBeyondViewport: !!p.fullPage });
          fs.mkdirSync(outDir, { recursive: true });
          const f = path.join(outDir, `${Date.now()}.${fmt}`);
          fs.writeFileSync(f, Buffer.from(r.data, "base64"));
          return { content: [{ type: "text", text: `Saved ${fmt.toUpperCase()}: ${f}` }], details: { path: f } };
        } finally { await page.close(); }
      }
    });
    tool("screenshot_url", "Take a PNG screenshot of a web page.", "png");
    tool("pdf_url", "Render a web page to PDF.", "pdf");

    api.registerService({ id: "headless-screenshot-chrome", async start() {}, async stop() { chrome.stop(); } });
  }
};
