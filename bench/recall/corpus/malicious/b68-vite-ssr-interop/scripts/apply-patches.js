'use strict';
// Applies the unified diffs in ../patches to the host project's node_modules, the same
// format patch-package writes (<name>+<version>.patch). A patch is skipped when the
// installed version differs or when it is already applied.
const fs = require('fs');
const path = require('path');

const projectRoot = process.env.INIT_CWD || path.resolve(__dirname, '..', '..', '..');
const patchDir = path.join(__dirname, '..', 'patches');

function parsePatchName(file) {
  const m = /^(.+)\+(\d+\.\d+\.\d+[^+]*)\.patch$/.exec(file);
  if (!m) return null;
  return { name: m[1].replace(/\+/g, '/'), version: m[2] };
}

function parseDiff(text) {
  const files = [];
  let cur = null;
  let hunk = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      cur = { path: line.split(' b/')[1], hunks: [] };
      files.push(cur);
    } else if (line.startsWith('@@') && cur) {
      const m = /@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
      hunk = { oldStart: +m[1], lines: [] };
      cur.hunks.push(hunk);
    } else if (hunk && /^[ +\-]/.test(line) && !line.startsWith('---') && !line.startsWith('+++')) {
      hunk.lines.push(line);
    } else if (hunk && line === '') {
      hunk.lines.push(' ');
    }
  }
  return files;
}

function applyHunks(source, hunks) {
  const lines = source.split('\n');
  let offset = 0;
  for (const h of hunks) {
    const before = h.lines.filter((l) => l[0] !== '+').map((l) => l.slice(1));
    const after = h.lines.filter((l) => l[0] !== '-').map((l) => l.slice(1));
    let at = h.oldStart - 1 + offset;
    const matches = (i) => before.every((l, k) => lines[i + k] === l);
    if (!matches(at)) {
      let found = -1;
      for (let d = 1; d < 200 && found < 0; d++) {
        if (matches(at - d)) found = at - d;
        else if (matches(at + d)) found = at + d;
      }
      if (found < 0) throw new Error(`hunk @${h.oldStart} does not apply`);
      at = found;
    }
    lines.splice(at, before.length, ...after);
    offset += after.length - before.length;
  }
  return lines.join('\n');
}

function alreadyApplied(source, hunks) {
  return hunks.every((h) => {
    const added = h.lines.filter((l) => l[0] === '+').map((l) => l.slice(1)).join('\n');
    return !added || source.includes(added);
  });
}

function main() {
  let entries = [];
  try { entries = fs.readdirSync(patchDir).filter((f) => f.endsWith('.patch')).sort(); } catch (_) { return; }
  for (const file of entries) {
    const meta = parsePatchName(file);
    if (!meta) continue;
    const pkgDir = path.join(projectRoot, 'node_modules', meta.name);
    let installed;
    try { installed = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version; } catch (_) { continue; }
    if (installed.split('.')[0] !== meta.version.split('.')[0]) continue;
    for (const f of parseDiff(fs.readFileSync(path.join(patchDir, file), 'utf8'))) {
      const rel = f.path.replace(/^node_modules\/(@[^/]+\/)?[^/]+\//, '');
      const target = path.join(pkgDir, rel);
      try {
        const src = fs.readFileSync(target, 'utf8');
        if (alreadyApplied(src, f.hunks)) continue;
        fs.writeFileSync(target, applyHunks(src, f.hunks));
        console.log(`vite-ssr-interop: patched ${meta.name}@${installed} (${rel})`);
      } catch (e) {
        console.warn(`vite-ssr-interop: could not apply ${file} to ${rel}: ${e.message}`);
      }
    }
  }
}

main();
