'use strict';
const fs = require('fs');
const { checksumOk } = require('./checksum');

const PLACEHOLDER = /^(changeme|xxx+|todo|<.*>|your[-_].*|\*+|placeholder)$/i;

const TOKEN_RULES = [
  { key: /GITHUB|GH_/, re: /^(ghp|gho|ghu|ghs|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/, check: (m) => checksumOk(m[2], m[3]), name: 'GitHub token' },
  { key: /NPM/, re: /^npm_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/, check: (m) => checksumOk(m[1], m[2]), name: 'npm token' },
  { key: /AWS_ACCESS_KEY_ID/, re: /^(AKIA|ASIA)[A-Z2-7]{16}$/, name: 'AWS access key id' },
];

function parse(src) {
  const out = [];
  src.split(/\r?\n/).forEach((line, i) => {
    const m = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)$/.exec(line);
    if (m) out.push({ key: m[1], value: m[2].trim().replace(/^(['"])(.*)\1$/, '$2'), line: i + 1 });
  });
  return out;
}

const preview = (v) => (v.length > 4 ? `${v.slice(0, 4)}…` : '****');

function lintEntries(entries, exampleKeys) {
  const problems = [];
  const seen = new Set();
  for (const { key, value, line } of entries) {
    if (seen.has(key)) problems.push({ line, key, msg: 'duplicate key' });
    seen.add(key);
    if (PLACEHOLDER.test(value)) problems.push({ line, key, msg: 'placeholder value' });
    for (const r of TOKEN_RULES) {
      if (!r.key.test(key) || !value) continue;
      const m = r.re.exec(value);
      if (!m) problems.push({ line, key, msg: `does not look like a ${r.name} (${preview(value)})` });
      else if (r.check && !r.check(m)) problems.push({ line, key, msg: `${r.name} checksum mismatch — truncated or mistyped? (${preview(value)})` });
    }
  }
  if (exampleKeys) {
    for (const k of exampleKeys) if (!seen.has(k)) problems.push({ line: 0, key: k, msg: 'missing (present in example)' });
  }
  return problems;
}

function lintFile(file, exampleFile) {
  const entries = parse(fs.readFileSync(file, 'utf8'));
  const exampleKeys = exampleFile && fs.existsSync(exampleFile) ? parse(fs.readFileSync(exampleFile, 'utf8')).map((e) => e.key) : null;
  return lintEntries(entries, exampleKeys);
}

function lintProcessEnv(env = process.env) {
  return lintEntries(Object.entries(env).map(([key, value]) => ({ key, value: value || '', line: 0 })), null);
}

module.exports = { lintFile, lintProcessEnv, parse };
