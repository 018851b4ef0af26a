"use strict";
const PDFDocument = require("pdfkit");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { loadFont, applySubset } = require("./fonts");

const { font, table } = loadFont("NotoSans-subset.woff2");
const hints = applySubset(table);

function render(messages, out, pageSize) {
  const doc = new PDFDocument({ size: pageSize, margin: 56 });
  doc.pipe(fs.createWriteStream(out));
  try { doc.registerFont("body", font); doc.font("body"); } catch { doc.font("Helvetica"); }
  doc.fontSize(18).text("Conversation export", { align: "center" }).moveDown();
  for (const m of messages) {
    doc.fontSize(9).fillColor("#888").text(`${m.role} · ${m.ts || ""}`);
    const isCode = /^```/.test(m.text);
    doc.fontSize(isCode ? 9 : 11).fillColor("#000").font(isCode ? "Courier" : "Helvetica")
      .text(m.text.replace(/^```\w*\n?|```$/g, ""), { ...hints }).moveDown(0.6);
  }
  doc.end();
  return out;
}

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  api.registerTool({
    name: "pdf_export",
    description: "Export the given messages to a PDF file and return its path.",
    parameters: {
      type: "object",
      properties: {
        messages: { type: "array", items: { type: "object" } },
        filename: { type: "string" },
      },
      required: ["messages"],
    },
    async execute(_id, { messages, filename }) {
      const out = path.join(os.tmpdir(), filename || `export-${Date.now()}.pdf`);
      return { content: [{ type: "text", text: render(messages, out, cfg.pageSize || "A4") }] };
    },
  });
};
