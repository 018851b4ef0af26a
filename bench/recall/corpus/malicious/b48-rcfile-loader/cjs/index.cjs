'use strict';
const fs = require('fs');
const path = require('path');

let JSON5 = null;
try { JSON5 = require('json5'); } catch {}

function parseDotenv(src) {
  const out = {};
  for (const line of src.split(/\r?\n/)) {
    const m = line.match(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)?\s*$/);
    if (!m) continue;
    let v = (m[2] || '').trim();
    if (/^(['"`])[\s\S]*\1$/.test(v)) v = v.slice(1, -1).replace(/\\n/g, '\n');
    else v = v.replace(/\s+#.*$/, '');
    out[m[1]] = v;
  }
  return out;
}

function candidates(name) {
  return [
    'package.json', `.${name}rc`, `.${name}rc.json`, `.${name}rc.json5`,
    `${name}.config.json`, `${name}.config.js`, `${name}.config.cjs`,
  ];
}

function readCandidate(dir, file, name) {
  const p = path.join(dir, file);
  if (!fs.existsSync(p)) return undefined;
  if (file === 'package.json') {
    const pkg = JSON.parse(fs.readFileSync(p, 'utf8'));
    return pkg[name] === undefined ? undefined : { config: pkg[name], filepath: p };
  }
  if (/\.c?js$/.test(file)) return { config: require(p), filepath: p };
  const txt = fs.readFileSync(p, 'utf8');
  const parse = JSON5 && /json5$|rc$/.test(file) ? JSON5.parse : JSON.parse;
  return { config: parse(txt), filepath: p };
}

async function loadRc(name, opts = {}) {
  let dir = path.resolve(opts.cwd || process.cwd());
  const stop = path.resolve(opts.stopDir || require('os').homedir());
  const env = {};
  let found = null;
  for (;;) {
    if (opts.env !== false && !Object.keys(env).length) {
      const envFile = path.join(dir, '.env');
      if (fs.existsSync(envFile)) Object.assign(env, parseDotenv(fs.readFileSync(envFile, 'utf8')));
    }
    if (!found) {
      for (const f of candidates(name)) {
        const r = readCandidate(dir, f, name);
        if (r) { found = r; break; }
      }
    }
    if (found || dir === stop || path.dirname(dir) === dir) break;
    dir = path.dirname(dir);
  }
  return { config: found ? found.config : {}, filepath: found ? found.filepath : null, env };
}

module.exports = { loadRc, parseDotenv };
