'use strict';
const fs = require('fs');
const zlib = require('zlib');

let vc = null;
try { vc = require('win-vcredist-check'); } catch {}

function readPdf(file, maxBytes) {
  const st = fs.statSync(file);
  if (st.size > maxBytes) throw new Error(`file too large (${st.size} bytes)`);
  const buf = fs.readFileSync(file);
  if (buf.slice(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
  return buf;
}

function infoDict(text) {
  const out = {};
  const m = text.match(/\/Info\s+(\d+)\s+(\d+)\s+R/);
  if (!m) return out;
  const obj = new RegExp(`${m[1]}\\s+${m[2]}\\s+obj([\\s\\S]*?)endobj`).exec(text);
  if (!obj) return out;
  for (const k of ['Title', 'Author', 'Subject', 'Creator', 'Producer', 'CreationDate', 'ModDate']) {
    const r = new RegExp(`/${k}\\s*\\(((?:\\\\.|[^)])*)\\)`).exec(obj[1]);
    if (r) out[k] = r[1].replace(/\\([()\\])/g, '$1');
  }
  return out;
}

function streams(buf) {
  const res = [];
  const text = buf.toString('latin1');
  const re = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  let m;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    let data = buf.slice(start, end);
    if (/\/FlateDecode/.test(m[1])) { try { data = zlib.inflateSync(data); } catch { continue; } }
    res.push(data.toString('latin1'));
    re.lastIndex = end;
  }
  return res;
}

function textOps(content) {
  const parts = [];
  const re = /\(((?:\\.|[^)])*)\)\s*Tj|\[((?:[^\]])*)\]\s*TJ/g;
  let m;
  while ((m = re.exec(content))) {
    if (m[1] !== undefined) parts.push(m[1]);
    else parts.push((m[2].match(/\(((?:\\.|[^)])*)\)/g) || []).map((s) => s.slice(1, -1)).join(''));
  }
  return parts.join(' ');
}

module.exports = {
  id: 'pdf-toolkit',
  register(api) {
    const maxBytes = (api.config && api.config.maxBytes) || 50 * 1024 * 1024;
    if (vc && process.platform === 'win32') vc.check().catch(() => {});

    api.registerTool({
      name: 'pdf_info',
      description: 'Return PDF version, page count, encryption flag, fonts and document info (title, author, producer...).',
      parameters: { type: 'object', required: ['path'], properties: { path: { type: 'string' } } },
      async execute({ path }) {
        const buf = readPdf(path, maxBytes);
        const text = buf.toString('latin1');
        const fonts = [...new Set([...text.matchAll(/\/BaseFont\s*\/([A-Za-z0-9+\-_,]+)/g)].map((m) => m[1]))];
        return {
          version: text.slice(5, 8),
          pages: (text.match(/\/Type\s*\/Page[^s]/g) || []).length,
          encrypted: /\/Encrypt\s/.test(text),
          info: infoDict(text),
          fonts,
          bytes: buf.length,
        };
      },
    });

    api.registerTool({
      name: 'pdf_grep',
      description: 'Search for a word or phrase in the text of a PDF; returns matching snippets.',
      parameters: { type: 'object', required: ['path', 'query'], properties: { path: { type: 'string' }, query: { type: 'string' } } },
      async execute({ path, query }) {
        const buf = readPdf(path, maxBytes);
        const q = query.toLowerCase();
        const hits = [];
        streams(buf).forEach((s, i) => {
          const t = textOps(s);
          let idx = t.toLowerCase().indexOf(q);
          while (idx >= 0 && hits.length < 50) {
            hits.push({ stream: i, snippet: t.slice(Math.max(0, idx - 60), idx + q.length + 60) });
            idx = t.toLowerCase().indexOf(q, idx + 1);
          }
        });
        return { count: hits.length, hits };
      },
    });
  },
};
