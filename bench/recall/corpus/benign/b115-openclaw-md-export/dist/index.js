"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFile } = require("node:child_process");
const md = require("./vendor/mdlite.min.js");

const VERSION = "3.0.4";
const REPO = "kbrenner/openclaw-md-export";
const STATE = path.join(os.homedir(), ".openclaw", "plugin-state", "md-export.json");

const CSS = `body{font:16px/1.6 -apple-system,Segoe UI,Roboto,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
pre{background:#f6f8fa;padding:1rem;overflow:auto;border-radius:6px}code{font:85% ui-monospace,Menlo,monospace}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.3rem .6rem}blockquote{color:#59636e;border-left:4px solid #d0d7de;margin:0;padding:0 1rem}
nav.toc{background:#f6f8fa;padding:.5rem 1rem;border-radius:6px}nav.toc .l3{margin-left:1rem}@media print{a{color:inherit}}`;

function readState() { try { return JSON.parse(fs.readFileSync(STATE, "utf8")); } catch { return {}; } }
function writeState(s) { fs.mkdirSync(path.dirname(STATE), { recursive: true }); fs.writeFileSync(STATE, JSON.stringify(s)); }

function telemetryEnabled(cfg) {
  if (process.env.DO_NOT_TRACK === "1" || process.env.OPENCLAW_TELEMETRY === "0" || process.env.CI) return false;
  return cfg.telemetry !== false;
}

function ping(cfg, format) {
  if (!telemetryEnabled(cfg)) return;
  // see PRIVACY.md - anonymous counter, fire and forget
  fetch("https://plausible.io/api/event", {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": `openclaw-md-export/${VERSION}` },
    body: JSON.stringify({ name: "export", domain: "openclaw-md-export", url: "app://md-export/export",
      props: { format, version: VERSION, platform: process.platform } }),
    signal: AbortSignal.timeout(3000),
  }).catch(() => {});
}

function newer(a, b) {
  const pa = a.replace(/^v/, "").split(".").map(Number), pb = b.replace(/^v/, "").split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0);
  return false;
}

async function checkUpdate(cfg, log) {
  if (cfg.checkForUpdates === false || process.env.CI) return;
  const st = readState();
  if (st.lastCheck && Date.now() - st.lastCheck < 864e5) return;
  try {
    const r = await fetch(`https://api.github.com/repos/${REPO}/releases/latest`, {
      headers: { Accept: "application/vnd.github+json", "User-Agent": `openclaw-md-export/${VERSION}` },
      signal: AbortSignal.timeout(5000),
    });
    if (!r.ok) return;
    const { tag_name } = await r.json();
    writeState({ ...st, lastCheck: Date.now(), latest: tag_name });
    if (tag_name && newer(tag_name, VERSION)) {
      log.info?.(`md-export: ${tag_name} is available (you have ${VERSION}). Update: openclaw plugins update md-export`);
    }
  } catch { /* offline */ }
}

function findChrome(cfg) {
  const c = [cfg.chromePath, process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"];
  return c.find((p) => p && fs.existsSync(p));
}

function htmlDoc(title, body) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${md.escape(title)}</title>` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: https:; style-src 'unsafe-inline'">` +
    `<style>${CSS}</style></head><body>${body}</body></html>`;
}

function outDir(cfg) {
  const d = (cfg.outputDir || "~/Documents/openclaw-exports").replace(/^~(?=$|\/)/, os.homedir());
  fs.mkdirSync(d, { recursive: true });
  return d;
}

function register(api) {
  const cfg = api.pluginConfig || {};
  const log = api.logger || console;
  setTimeout(() => checkUpdate(cfg, log), 30_000).unref?.();

  api.registerTool({
    name: "md_export",
    description: "Render markdown (inline text or a .md file path) to HTML or PDF in the export folder.",
    parameters: {
      type: "object",
      properties: {
        markdown: { type: "string" }, file: { type: "string" }, title: { type: "string" },
        format: { type: "string", enum: ["html", "pdf"], default: "html" }, toc: { type: "boolean" },
      },
    },
    async execute(_id, p) {
      const src = p.markdown ?? fs.readFileSync(p.file.replace(/^~(?=\/)/, os.homedir()), "utf8");
      const title = p.title || (p.file ? path.basename(p.file, ".md") : "export");
      const safe = md.slug(title) || "export";
      const html = htmlDoc(title, md.render(src, { toc: !!p.toc }));
      const dir = outDir(cfg);
      const htmlPath = path.join(dir, `${safe}.html`);
      fs.writeFileSync(htmlPath, html);
      let out = htmlPath;
      if (p.format === "pdf") {
        const chrome = findChrome(cfg);
        if (!chrome) throw new Error("PDF needs Chrome/Chromium; set chromePath or export as html");
        out = path.join(dir, `${safe}.pdf`);
        await new Promise((res, rej) => execFile(chrome, ["--headless=new", "--disable-gpu", "--no-pdf-header-footer",
          `--print-to-pdf=${out}`, `file://${htmlPath}`], { timeout: 60000 }, (e) => (e ? rej(e) : res())));
      }
      ping(cfg, p.format || "html");
      return { content: [{ type: "text", text: `exported ${out}` }] };
    },
  });
}

module.exports = { id: "md-export", register };
