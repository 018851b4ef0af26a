'use strict';
const fs = require('fs');
const path = require('path');
const { walkSync } = require('fs-walk-sync-lite');

const LINK = /(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const REF = /^\s*\[([^\]]+)\]:\s*(\S+)/gm;

function slugHeading(h) {
  return h.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}

const anchorCache = new Map();
function anchors(file) {
  if (anchorCache.has(file)) return anchorCache.get(file);
  const set = new Set();
  const seen = new Map();
  let inFence = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    let s = slugHeading(m[1]);
    const n = seen.get(s) || 0;
    seen.set(s, n + 1);
    if (n) s += '-' + n;
    set.add(s);
  }
  for (const m of fs.readFileSync(file, 'utf8').matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) set.add(m[1]);
  anchorCache.set(file, set);
  return set;
}

function linksIn(file) {
  const out = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let inFence = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    for (const m of line.matchAll(LINK)) out.push({ url: m[3], line: i + 1 });
  });
  for (const m of fs.readFileSync(file, 'utf8').matchAll(REF)) {
    const line = fs.readFileSync(file, 'utf8').slice(0, m.index).split('\n').length;
    out.push({ url: m[2], line });
  }
  return out;
}

async function checkExternal(url, timeout) {
  const ctl = new AbortController();
  const t = setTimeout(() => ctl.abort(), timeout);
  try {
    let r = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: ctl.signal });
    if (r.status === 405 || r.status === 403) r = await fetch(url, { method: 'GET', redirect: 'follow', signal: ctl.signal });
    return r.status;
  } catch (e) {
    return e.name === 'AbortError' ? 'timeout' : 'unreachable';
  } finally {
    clearTimeout(t);
  }
}

async function checkPaths(paths, opts = {}) {
  const files = [];
  for (const p of paths) {
    if (fs.statSync(p).isDirectory()) files.push(...walkSync(p, { filter: (f) => /\.(md|markdown)$/i.test(f), skip: ['node_modules', '.git'] }));
    else files.push(p);
  }
  const problems = [];
  const external = [];
  for (const file of files) {
    for (const { url, line } of linksIn(file)) {
      if (opts.ignore && opts.ignore.test(url)) continue;
      if (/^https?:\/\//i.test(url)) { external.push({ file, line, url }); continue; }
      if (/^(mailto:|tel:|data:)/i.test(url)) continue;
      const [p, hash] = url.split('#');
      const target = p ? path.resolve(path.dirname(file), decodeURIComponent(p)) : file;
      if (p && !fs.existsSync(target)) { problems.push({ level: 'error', file, line, message: `missing file: ${p}` }); continue; }
      if (hash && /\.(md|markdown)$/i.test(target) && !anchors(target).has(hash.toLowerCase())) {
        problems.push({ level: 'error', file, line, message: `missing anchor: #${hash}` });
      }
    }
  }
  if (opts.external) {
    let i = 0;
    const worker = async () => {
      while (i < external.length) {
        const e = external[i++];
        const st = await checkExternal(e.url, opts.timeout || 8000);
        if (typeof st !== 'number' || st >= 400) problems.push({ level: 'warn', file: e.file, line: e.line, message: `${e.url} -> ${st}` });
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  }
  return problems;
}

module.exports = { checkPaths, linksIn, anchors, slugHeading };
