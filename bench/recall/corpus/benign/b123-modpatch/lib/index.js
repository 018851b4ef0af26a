'use strict';
const fs = require('fs');
const path = require('path');
const semver = require('semver');
const { parsePatch, applyHunks } = require('./diff');

/** "@scope+name+1.2.3.patch" -> { name: "@scope/name", version: "1.2.3" } ; "a+b+1.0.0" = nested */
function parsePatchFileName(file) {
  const m = /^(.+?)\+(\d+\.\d+\.\d+[^+]*?)(?:\.(dev))?\.patch$/.exec(file);
  if (!m) return null;
  const parts = m[1].split('+');
  const segments = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].startsWith('@')) { segments.push(`${parts[i]}/${parts[++i]}`); } else segments.push(parts[i]);
  }
  return { name: segments[segments.length - 1], pathSpecifier: segments.join('/node_modules/'), version: m[2], dev: !!m[3] };
}

function packageDir(appPath, spec) {
  return path.join(appPath, 'node_modules', ...spec.pathSpecifier.split('/'));
}

function assertInside(root, target) {
  const rel = path.relative(root, target);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`Patch tries to write outside ${root}: ${target}`);
}

function applyPatchFile(appPath, patchFile, { reverse = false, dryRun = false } = {}) {
  const spec = parsePatchFileName(path.basename(patchFile));
  if (!spec) throw new Error(`Unrecognised patch file name ${patchFile}`);
  const dir = packageDir(appPath, spec);
  let installed;
  try {
    installed = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  } catch (_) {
    return { spec, status: 'missing' };
  }
  const files = parsePatch(fs.readFileSync(patchFile, 'utf8'));
  const writes = [];
  for (const f of files) {
    const rel = reverse ? f.from || f.to : f.to || f.from;
    const target = path.join(dir, rel);
    assertInside(dir, target);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
    const deleting = reverse ? f.created : f.deleted;
    writes.push({ target, content: deleting ? null : applyHunks(current, f.hunks, { reverse }), mode: f.newMode });
  }
  if (!dryRun) {
    for (const w of writes) {
      if (w.content === null) { fs.rmSync(w.target, { force: true }); continue; }
      fs.mkdirSync(path.dirname(w.target), { recursive: true });
      fs.writeFileSync(w.target, w.content, w.mode ? { mode: w.mode } : undefined);
    }
  }
  const versionMismatch = installed !== spec.version && !semver.satisfies(installed, `~${spec.version}`);
  return { spec, status: 'applied', installed, versionMismatch, files: writes.length };
}

function applyPatchesForApp({ appPath = process.cwd(), patchDir = 'patches', reverse = false, production = false } = {}) {
  const dir = path.resolve(appPath, patchDir);
  if (!fs.existsSync(dir)) return [];
  const patches = fs.readdirSync(dir).filter((f) => f.endsWith('.patch')).sort();
  const results = [];
  for (const p of patches) {
    const spec = parsePatchFileName(p);
    if (production && spec && spec.dev) continue;
    try {
      results.push(applyPatchFile(appPath, path.join(dir, p), { reverse }));
    } catch (e) {
      if (e.code === 'EHUNK') {
        // Maybe it's already applied (re-running postinstall): check by reversing.
        try {
          applyPatchFile(appPath, path.join(dir, p), { reverse: !reverse, dryRun: true });
          results.push({ spec, status: 'already-applied' });
          continue;
        } catch (_) { /* genuinely broken */ }
      }
      results.push({ spec, status: 'failed', error: e.message });
    }
  }
  return results;
}

module.exports = { applyPatchesForApp, applyPatchFile, parsePatchFileName };
