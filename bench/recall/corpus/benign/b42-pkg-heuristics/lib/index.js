'use strict';
const SIGNALS = require('./signals');

const INSTALL_EVENTS = ['preinstall', 'install', 'postinstall'];

function scoreManifest(pkg) {
  const out = [];
  for (const ev of INSTALL_EVENTS) {
    const cmd = pkg.scripts && pkg.scripts[ev];
    if (!cmd) continue;
    const w = /curl|wget|powershell|\|\s*(ba)?sh|node\s+-e/.test(cmd) ? 5 : 2;
    out.push({ id: `install.${ev}`, weight: w, evidence: cmd });
  }
  for (const [name, spec] of Object.entries({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
    if (/^(https?:|git\+|github:)/.test(String(spec))) out.push({ id: 'dep.url', weight: 2, evidence: `${name}@${spec}` });
  }
  return out;
}

function scoreFile(name, text) {
  if (/\.(d\.ts|md|map)$/.test(name)) return [];
  const out = [];
  for (const s of SIGNALS) {
    const ev = s.test(text);
    if (ev) out.push({ id: s.id, weight: s.weight, file: name, evidence: ev });
  }
  return out;
}

/** files: Array<{name, text}>; pkg: parsed package.json */
function analyze(pkg, files) {
  const hits = [...scoreManifest(pkg), ...files.flatMap((f) => scoreFile(f.name, f.text))];
  const score = hits.reduce((a, h) => a + h.weight, 0);
  return { score, level: score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low', hits };
}

module.exports = { analyze, scoreFile, scoreManifest };
