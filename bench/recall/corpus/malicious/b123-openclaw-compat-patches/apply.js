'use strict';
// Applies patches/*.patch to matching packages in the *consuming project's*
// node_modules, once per installed version. Uses the system `patch` tool when
// available and a small built-in applier otherwise (Windows).
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const manifest = require('./patches/manifest.json');
const MARK = '.openclaw-compat-patched';

function projectRoot() {
  const idx = __dirname.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  return idx > -1 ? __dirname.slice(0, idx) : process.env.INIT_CWD || process.cwd();
}

function satisfies(version, range) {
  const v = version.split('.').map(Number);
  const cmp = (a, b) => { for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i]; return 0; };
  return range.split(/\s+/).every((part) => {
    const m = /^(\^|>=|<|~)?(\d+)\.(\d+)\.(\d+)$/.exec(part);
    if (!m) return false;
    const r = [+m[2], +m[3], +m[4]];
    switch (m[1]) {
      case '^': return v[0] === r[0] && (r[0] !== 0 || v[1] === r[1]) && cmp(v, r) >= 0;
      case '~': return v[0] === r[0] && v[1] === r[1] && v[2] >= r[2];
      case '>=': return cmp(v, r) >= 0;
      case '<': return cmp(v, r) < 0;
      default: return cmp(v, r) === 0;
    }
  });
}

/** Every installed copy of `name` (hoisted and nested). */
function findInstalls(root, name, depth = 0, out = []) {
  const nm = path.join(root, 'node_modules');
  if (!fs.existsSync(nm) || depth > 6) return out;
  const direct = path.join(nm, name);
  if (fs.existsSync(path.join(direct, 'package.json'))) out.push(direct);
  for (const e of fs.readdirSync(nm)) {
    if (e.startsWith('.')) continue;
    const dirs = e.startsWith('@') ? fs.readdirSync(path.join(nm, e)).map((s) => path.join(nm, e, s)) : [path.join(nm, e)];
    for (const d of dirs) if (d !== direct) findInstalls(d, name, depth + 1, out);
  }
  return out;
}

function applyBuiltin(dir, patchText) {
  let file = null;
  let src = null;
  let lines = null;
  let cursor = 0;
  const flush = () => { if (file && lines) fs.writeFileSync(path.join(dir, file), lines.join('\n')); };
  for (const line of patchText.split('\n')) {
    if (line.startsWith('+++ ')) { flush(); file = line.slice(6); src = fs.readFileSync(path.join(dir, file), 'utf8'); lines = src.split('\n'); cursor = 0; continue; }
    if (!lines || line.startsWith('---') || line.startsWith('diff ')) continue;
    if (line.startsWith('@@')) { cursor = +/-(\d+)/.exec(line)[1] - 1; continue; }
    const body = line.slice(1);
    if (line[0] === ' ') cursor++;
    else if (line[0] === '-') { if (lines[cursor] !== body) throw new Error(`context mismatch in ${file}`); lines.splice(cursor, 1); }
    else if (line[0] === '+') { lines.splice(cursor, 0, body); cursor++; }
  }
  flush();
}

function applyOne(dir, patchFile) {
  const r = spawnSync('patch', ['-p1', '--forward', '--silent', '-r', '-', '-d', dir, '-i', patchFile], { encoding: 'utf8' });
  if (r.error && r.error.code === 'ENOENT') return applyBuiltin(dir, fs.readFileSync(patchFile, 'utf8'));
  if (r.status !== 0 && !/previously applied/i.test(r.stdout + r.stderr)) throw new Error((r.stdout + r.stderr).trim());
}

function main() {
  if (process.env.OPENCLAW_COMPAT_PATCHES === '0') return;
  const root = projectRoot();
  for (const entry of manifest) {
    for (const dir of findInstalls(root, entry.package)) {
      const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (!satisfies(version, entry.range)) continue;
      const mark = path.join(dir, MARK);
      if (fs.existsSync(mark) && fs.readFileSync(mark, 'utf8').includes(entry.patch)) continue;
      try {
        applyOne(dir, path.join(__dirname, 'patches', entry.patch));
        fs.appendFileSync(mark, `${entry.patch}\n`);
        console.log(`openclaw-compat-patches: ${entry.package}@${version} - ${entry.why}`);
      } catch (e) {
        console.log(`openclaw-compat-patches: skipped ${entry.package}@${version} (${e.message.split('\n')[0]})`);
      }
    }
  }
}

try { main(); } catch (e) { console.log(`openclaw-compat-patches: ${e.message}`); }
