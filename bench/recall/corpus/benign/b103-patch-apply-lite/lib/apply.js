'use strict';
const fs = require('fs');
const path = require('path');

function parsePatchName(file) {
  const base = path.basename(file, '.patch');
  const m = /^(@[^+]+\+)?([^+]+)\+(\d+\.\d+\.\d+[^+]*)$/.exec(base);
  if (!m) throw new Error(`bad patch file name ${base} (expected <name>+<version>.patch)`);
  return { name: (m[1] ? m[1].replace('+', '/') : '') + m[2], version: m[3] };
}

function parseUnified(text) {
  const files = [];
  let cur = null, hunk = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('--- ')) { cur = { from: line.slice(4).split('\t')[0], to: null, hunks: [] }; files.push(cur); continue; }
    if (line.startsWith('+++ ') && cur) { cur.to = line.slice(4).split('\t')[0]; continue; }
    const h = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (h && cur) { hunk = { oldStart: +h[1], lines: [] }; cur.hunks.push(hunk); continue; }
    if (hunk && /^[ +\-\\]/.test(line)) { if (!line.startsWith('\\')) hunk.lines.push(line); }
  }
  return files;
}

function stripPrefix(p) {
  return p.replace(/^(a|b)\//, '').replace(/^node_modules\/(@[^/]+\/)?[^/]+(\.orig)?\//, '');
}

function side(h, which) {
  return h.lines.filter((l) => l[0] === ' ' || l[0] === which).map((l) => l.slice(1));
}

function findAt(lines, block, hint) {
  for (let d = 0; d < lines.length; d++) {
    for (const i of [hint + d, hint - d]) {
      if (i < 0 || i + block.length > lines.length) continue;
      if (block.every((b, k) => lines[i + k] === b)) return i;
    }
  }
  return -1;
}

function applyFile(pkgDir, fp, { reverse, check }) {
  const rel = stripPrefix(fp.to && fp.to !== '/dev/null' ? fp.to : fp.from);
  const target = path.resolve(pkgDir, rel);
  if (!target.startsWith(pkgDir + path.sep)) throw new Error(`patch path escapes package: ${rel}`);
  const exists = fs.existsSync(target);
  let lines = exists ? fs.readFileSync(target, 'utf8').split('\n') : [];
  let changed = false;
  for (const h of fp.hunks) {
    const [from, to] = reverse ? [side(h, '+'), side(h, '-')] : [side(h, '-'), side(h, '+')];
    const at = findAt(lines, from, h.oldStart - 1);
    if (at === -1) {
      if (findAt(lines, to, h.oldStart - 1) !== -1) continue; // already applied
      throw new Error(`hunk @@ -${h.oldStart} does not apply to ${rel}`);
    }
    lines.splice(at, from.length, ...to);
    changed = true;
  }
  if (changed && !check) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, lines.join('\n'));
  }
  return changed ? rel : null;
}

function applyAll(root, { reverse = false, check = false, forceVersion = false, log = console.log } = {}) {
  const dir = path.join(root, 'patches');
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.patch')).sort()) {
    const { name, version } = parsePatchName(f);
    const pkgDir = path.join(root, 'node_modules', name);
    const pj = path.join(pkgDir, 'package.json');
    if (!fs.existsSync(pj)) { log(`patch-apply-lite: ${name} not installed, skipping ${f}`); continue; }
    const installed = JSON.parse(fs.readFileSync(pj, 'utf8')).version;
    if (installed !== version && !forceVersion) throw new Error(`${f} is for ${name}@${version} but ${installed} is installed`);
    const touched = parseUnified(fs.readFileSync(path.join(dir, f), 'utf8'))
      .map((fp) => applyFile(pkgDir, fp, { reverse, check })).filter(Boolean);
    log(`patch-apply-lite: ${check ? 'checked' : reverse ? 'reverted' : 'applied'} ${f}${touched.length ? ` (${touched.join(', ')})` : ' (already up to date)'}`);
    n++;
  }
  return n;
}

module.exports = { applyAll, parseUnified, parsePatchName };
