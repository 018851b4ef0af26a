'use strict';
const fs = require('fs');
const path = require('path');
const { eventBuildCompleted } = require('../telemetry/events');

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else out.push(p);
  }
  return out;
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

function renderMarkdown(md) {
  return md.split(/\n{2,}/).map((block) => {
    const h = /^(#{1,6})\s+(.*)$/.exec(block);
    if (h) return `<h${h[1].length}>${escapeHtml(h[2])}</h${h[1].length}>`;
    return `<p>${escapeHtml(block).replace(/\n/g, ' ')}</p>`;
  }).join('\n');
}

module.exports = async function build(args, telemetry) {
  const start = Date.now();
  const src = path.resolve(args[0] || 'pages');
  const out = path.resolve('out');
  const pages = walk(src).filter((f) => f.endsWith('.md'));
  for (const file of pages) {
    const rel = path.relative(src, file).replace(/\.md$/, '.html');
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), `<!doctype html><meta charset="utf-8">\n${renderMarkdown(fs.readFileSync(file, 'utf8'))}`);
  }
  console.log(`Built ${pages.length} pages into ${out}`);
  await telemetry.record(eventBuildCompleted({ pageCount: pages.length, durationMs: Date.now() - start }));
};
