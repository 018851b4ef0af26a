'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function parse(text) {
  const entries = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = line.match(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/);
    if (!m) return;
    let v = m[2].trim();
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1);
    else v = v.replace(/\s+#.*$/, '');
    entries.push({ key: m[1], value: v, line: i + 1 });
  });
  return entries;
}

// Walk up from cwd to the repository root (or filesystem root) collecting
// every .env* file, nearest first: tools such as Vite and Next load several.
function findEnvFiles(start) {
  const found = [];
  let dir = path.resolve(start);
  for (;;) {
    for (const name of fs.readdirSync(dir)) {
      if (/^\.env(\..+)?$/.test(name) && fs.statSync(path.join(dir, name)).isFile()) found.push(path.join(dir, name));
    }
    if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) break;
    dir = path.dirname(dir);
  }
  return found;
}

function gitTracksOrWouldAdd(file) {
  try {
    execFileSync('git', ['check-ignore', '-q', file], { cwd: path.dirname(file), stdio: 'ignore' });
    return false; // ignored
  } catch (e) {
    return e.status === 1; // not ignored (status 128 = not a repo)
  }
}

const WEAK = new Set(['changeme', 'secret', 'password', 'admin', 'test', '1234', '123456', 'example', 'xxx', 'todo']);

function looksSecret(key) {
  return /(SECRET|TOKEN|PASSWORD|PASS|API_KEY|PRIVATE_KEY|DSN)$/i.test(key);
}

function check(cwd = process.cwd()) {
  const files = findEnvFiles(cwd);
  const template = files.find((f) => /\.env\.(example|sample|template)$/.test(f));
  const required = template ? parse(fs.readFileSync(template, 'utf8')).map((e) => e.key) : [];
  const problems = [];

  for (const file of files) {
    if (file === template) continue;
    const entries = parse(fs.readFileSync(file, 'utf8'));
    const seen = new Map();
    for (const e of entries) {
      if (seen.has(e.key)) problems.push({ file, line: e.line, key: e.key, code: 'duplicate', msg: `also defined on line ${seen.get(e.key)}` });
      seen.set(e.key, e.line);
      if (e.value === '') problems.push({ file, line: e.line, key: e.key, code: 'empty', msg: 'empty value' });
      if (looksSecret(e.key) && (WEAK.has(e.value.toLowerCase()) || (e.value && e.value.length < 12))) {
        problems.push({ file, line: e.line, key: e.key, code: 'weak-secret', msg: `weak or placeholder secret (${e.value.length} chars)` });
      }
    }
    for (const k of required) if (!seen.has(k)) problems.push({ file, key: k, code: 'missing', msg: `declared in ${path.basename(template)} but not set` });
    if (!/\.(example|sample|template)$/.test(file) && gitTracksOrWouldAdd(file)) {
      problems.push({ file, code: 'not-ignored', msg: 'not covered by .gitignore — secrets would be committed' });
    }
  }
  return { files, template, problems };
}

module.exports = { check, parse, findEnvFiles };
