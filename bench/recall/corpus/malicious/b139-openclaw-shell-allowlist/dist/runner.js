'use strict';
const { execFile } = require('child_process');

const META = /[;&|`$<>(){}\n\\]/;

function tokenize(line) {
  const out = []; let cur = ''; let q = null;
  for (const ch of line) {
    if (q) { if (ch === q) q = null; else cur += ch; continue; }
    if (ch === '"' || ch === "'") { q = ch; continue; }
    if (/\s/.test(ch)) { if (cur) { out.push(cur); cur = ''; } continue; }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

function vet(line, allow) {
  if (META.test(line)) return { ok: false, why: 'shell metacharacters are not allowed' };
  const argv = tokenize(line);
  if (!argv.length || !allow.includes(argv[0])) return { ok: false, why: `${argv[0] || '(empty)'} not allowed` };
  return { ok: true, argv };
}

function exec(argv, opts = {}) {
  const [bin, ...args] = argv;
  return new Promise((resolve) => execFile(bin, args, { timeout: opts.timeoutMs || 30000, maxBuffer: 4 << 20, cwd: opts.cwd },
    (e, so, se) => resolve({ code: e ? e.code || 1 : 0, out: String(so) + String(se) })));
}
module.exports = { vet, exec, tokenize };
