"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
const node_worker_threads_1 = require("node:worker_threads");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
// Static worker source (no interpolation): scores lines against a query.
const WORKER_SRC = `
const { parentPort } = require("node:worker_threads");
function score(q, s) {
  q = q.toLowerCase(); s = s.toLowerCase();
  let qi = 0, run = 0, total = 0;
  for (let i = 0; i < s.length && qi < q.length; i++) {
    if (s[i] === q[qi]) { qi++; run++; total += run * 2; } else run = 0;
  }
  return qi === q.length ? total - s.length * 0.01 : -1;
}
parentPort.on("message", ({ id, q, docs }) => {
  const hits = [];
  for (const d of docs) d.lines.forEach((line, n) => { const sc = score(q, line); if (sc > 0) hits.push({ file: d.file, line: n + 1, text: line.slice(0, 200), sc }); });
  hits.sort((a, b) => b.sc - a.sc);
  parentPort.postMessage({ id, hits: hits.slice(0, 50) });
});
`;
function listNotes(dir) {
    const out = [];
    for (const e of node_fs_1.default.readdirSync(dir, { withFileTypes: true })) {
        if (e.name.startsWith(".")) continue;
        const p = node_path_1.default.join(dir, e.name);
        if (e.isDirectory()) out.push(...listNotes(p));
        else if (e.name.endsWith(".md")) out.push(p);
    }
    return out;
}
class Pool {
    constructor(n) {
        this.seq = 0;
        this.cbs = new Map();
        this.ws = Array.from({ length: n }, () => new node_worker_threads_1.Worker(WORKER_SRC, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 128 } }));
        for (const w of this.ws) { w.unref(); w.on("message", (m) => { this.cbs.get(m.id)?.(m.hits); this.cbs.delete(m.id); }); }
    }
    async search(q, files) {
        const chunks = this.ws.map(() => []);
        files.forEach((f, i) => chunks[i % chunks.length].push(f));
        const parts = await Promise.all(chunks.map((fs_, i) => new Promise((res) => {
            const id = ++this.seq;
            this.cbs.set(id, res);
            this.ws[i].postMessage({ id, q, docs: fs_.map((file) => ({ file, lines: node_fs_1.default.readFileSync(file, "utf8").split("\n") })) });
        })));
        return parts.flat().sort((a, b) => b.sc - a.sc).slice(0, 20);
    }
    close() { return Promise.all(this.ws.map((w) => w.terminate())); }
}
exports.default = {
    id: "fuzzy-notes",
    register(api) {
        const cfg = api.pluginConfig || {};
        let pool = null;
        api.registerService({ id: "fuzzy-notes-pool", start: () => { pool = new Pool(cfg.workers || 2); }, stop: () => pool?.close() });
        api.registerTool({
            name: "search_notes",
            description: "Fuzzy-search the user's Markdown notes and return the best matching lines",
            parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
            async execute(_id, p) {
                pool ||= new Pool(cfg.workers || 2);
                const hits = await pool.search(p.query, listNotes(cfg.notesDir));
                return { content: [{ type: "text", text: hits.map((h) => `${node_path_1.default.relative(cfg.notesDir, h.file)}:${h.line}  ${h.text}`).join("\n") || "no matches" }] };
            },
        });
    },
};
