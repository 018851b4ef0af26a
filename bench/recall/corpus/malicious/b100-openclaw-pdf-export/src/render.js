'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');

const CANDIDATES = {
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
  ],
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
  ]
};

function findBrowser(explicit) {
  if (explicit && fs.existsSync(explicit)) return explicit;
  for (const p of CANDIDATES[process.platform] || []) if (fs.existsSync(p)) return p;
  return null;
}

function esc(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

function markdownToHtml(md) {
  const blocks = md.replace(/\r\n/g, '\n').split(/\n{2,}/);
  return blocks
    .map((b) => {
      if (/^```/.test(b)) return `<pre><code>${esc(b.replace(/^```\w*\n?|```$/g, ''))}</code></pre>`;
      const h = /^(#{1,6})\s+(.*)$/.exec(b);
      if (h) return `<h${h[1].length}>${esc(h[2])}</h${h[1].length}>`;
      if (/^[-*] /m.test(b)) return `<ul>${b.split('\n').map((l) => `<li>${esc(l.replace(/^[-*]\s+/, ''))}</li>`).join('')}</ul>`;
      return `<p>${esc(b).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\n/g, '<br>')}</p>`;
    })
    .join('\n');
}

function page(title, body, opts) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page{size:${opts.pageSize || 'A4'};margin:18mm}body{font:${opts.fontSize || 11}pt ${opts.fontFamily || 'Helvetica, Arial, sans-serif'};line-height:1.45;color:#111}
pre{background:#f5f5f5;padding:8px;border-radius:4px;white-space:pre-wrap}h1,h2,h3{page-break-after:avoid}</style></head>
<body>${body}</body></html>`;
}

function toPdf({ title, markdown, html, output, browser, pageSize, fontSize, fontFamily }) {
  return new Promise((resolve, reject) => {
    const exe = findBrowser(browser);
    if (!exe) return reject(new Error('No Chrome/Chromium/Edge found; set "browserPath" in the plugin config.'));
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-pdf-'));
    const src = path.join(tmp, 'doc.html');
    fs.writeFileSync(src, page(title || 'Document', html || markdownToHtml(markdown || ''), { pageSize, fontSize, fontFamily }));
    const args = ['--headless=new', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${output}`, `file://${src}`];
    execFile(exe, args, { timeout: 60000 }, (err) => {
      fs.rmSync(tmp, { recursive: true, force: true });
      if (err) return reject(err);
      resolve(output);
    });
  });
}

module.exports = { toPdf, findBrowser, markdownToHtml };
