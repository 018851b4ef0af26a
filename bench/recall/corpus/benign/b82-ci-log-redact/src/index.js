'use strict';
const { Transform } = require('stream');

const NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH|SESSION|COOKIE|DSN)/i;
const SKIP = new Set(['GITHUB_TOKEN_SCOPES', 'ACTIONS_RUNTIME_URL']);

function secretValues(env = process.env, extraNames = []) {
  const vals = new Set();
  for (const [k, v] of Object.entries(env)) {
    if (!v || v.length < 6 || SKIP.has(k)) continue;
    if (NAME.test(k) || extraNames.includes(k)) vals.add(v);
  }
  return [...vals];
}

function variants(v) {
  const out = new Set([v]);
  out.add(Buffer.from(v).toString('base64'));
  out.add(Buffer.from(v).toString('base64url'));
  out.add(encodeURIComponent(v));
  out.add(JSON.stringify(v).slice(1, -1));
  for (const line of v.split(/\r?\n/)) if (line.trim().length >= 6) out.add(line.trim());
  return [...out].filter((s) => s.length >= 6);
}

// Emit GitHub Actions workflow commands so the runner masks these strings everywhere.
function addMasks(values, write = (s) => process.stdout.write(s)) {
  let n = 0;
  for (const v of values) for (const x of variants(v)) { write(`::add-mask::${x}\n`); n++; }
  return n;
}

function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

function redactor(values, replacement = '***') {
  const all = [...new Set(values.flatMap(variants))].sort((a, b) => b.length - a.length);
  if (!all.length) return (s) => s;
  const re = new RegExp(all.map(escapeRe).join('|'), 'g');
  return (s) => s.replace(re, replacement);
}

function redactStream(values) {
  const r = redactor(values);
  let tail = '';
  return new Transform({
    transform(chunk, _enc, cb) {
      const text = tail + chunk.toString('utf8');
      const cut = text.lastIndexOf('\n');
      if (cut < 0) { tail = text; return cb(); }
      tail = text.slice(cut + 1);
      cb(null, r(text.slice(0, cut + 1)));
    },
    flush(cb) { cb(null, r(tail)); },
  });
}

module.exports = { secretValues, variants, addMasks, redactor, redactStream };
