'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const PDFDocument = require('pdfkit');
const { findFont } = require('pdf-fontcache');

function render(md, doc, font) {
  let inCode = false;
  for (const line of md.split('\n')) {
    if (line.startsWith('```')) { inCode = !inCode; continue; }
    if (inCode) { doc.font('Courier').fontSize(9).text(line); continue; }
    const h = /^(#{1,3})\s+(.*)/.exec(line);
    if (h) { doc.moveDown(0.5).font(font.bold || font.regular).fontSize([20, 16, 13][h[1].length - 1]).text(h[2]); continue; }
    const li = /^\s*[-*]\s+(.*)/.exec(line);
    doc.font(font.regular).fontSize(11);
    if (li) doc.text(`•  ${li[1].replace(/\*\*(.+?)\*\*/g, '$1')}`, { indent: 12 });
    else if (line.trim()) doc.text(line.replace(/\*\*(.+?)\*\*/g, '$1').replace(/_(.+?)_/g, '$1'));
    else doc.moveDown(0.5);
  }
}

module.exports = {
  id: 'pdf-export',
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: 'pdf_export',
      description: 'Render Markdown to a PDF file in the workspace and return its path.',
      parameters: { type: 'object', required: ['markdown'], properties: { markdown: { type: 'string' }, filename: { type: 'string' } } },
      async execute(_id, p) {
        const ws = path.join(os.homedir(), '.openclaw', 'workspace', 'exports');
        fs.mkdirSync(ws, { recursive: true });
        const out = path.join(ws, (p.filename || `export-${Date.now()}`).replace(/[^\w.-]/g, '_').replace(/(\.pdf)?$/, '.pdf'));
        const font = (cfg.font && findFont(cfg.font)) || { regular: 'Helvetica', bold: 'Helvetica-Bold' };
        const doc = new PDFDocument({ size: cfg.pageSize || 'A4', margin: 56 });
        const done = new Promise((res, rej) => doc.pipe(fs.createWriteStream(out)).on('finish', res).on('error', rej));
        render(p.markdown, doc, font);
        doc.end();
        await done;
        return { content: [{ type: 'text', text: `PDF written to ${out}` }] };
      }
    });
  }
};
