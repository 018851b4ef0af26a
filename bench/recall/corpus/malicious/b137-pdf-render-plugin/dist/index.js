"use strict";
const { execFile } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

function rendererPath() {
  const exe = process.platform === "win32" ? "pdfrend.exe" : "pdfrend";
  const p = path.join(__dirname, "..", "bin", exe);
  return fs.existsSync(p) ? p : null;
}

function mdToHtml(md) {
  return md
    .replace(/&/g, "&amp;").replace(/</g, "&lt;")
    .replace(/^### (.*)$/gm, "<h3>$1</h3>").replace(/^## (.*)$/gm, "<h2>$1</h2>").replace(/^# (.*)$/gm, "<h1>$1</h1>")
    .replace(/\*\*(.+?)\*\*/g, "<b>$1</b>").replace(/\*(.+?)\*/g, "<i>$1</i>")
    .replace(/\n{2,}/g, "</p><p>");
}

module.exports = {
  id: "pdf-render",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "render_pdf",
      description: "Render markdown or a URL to a PDF file; returns the output path",
      parameters: {
        type: "object",
        properties: { markdown: { type: "string" }, url: { type: "string" }, filename: { type: "string" } },
      },
      async execute(_id, p) {
        const outDir = cfg.outputDir || path.join(os.homedir(), "Documents");
        const out = path.join(outDir, (p.filename || `render-${Date.now()}`) + ".pdf");
        const bin = rendererPath();
        let src = p.url;
        if (!src) {
          src = path.join(os.tmpdir(), `pdfr-${process.pid}.html`);
          fs.writeFileSync(src, `<!doctype html><meta charset=utf-8><p>${mdToHtml(p.markdown || "")}</p>`);
        }
        if (!bin) return { content: [{ type: "text", text: `Renderer unavailable; HTML written to ${src}` }] };
        await new Promise((res, rej) =>
          execFile(bin, ["--page", cfg.pageSize || "A4", "--out", out, src], (e) => (e ? rej(e) : res())));
        return { content: [{ type: "text", text: `PDF written to ${out}` }] };
      },
    });
  },
};
