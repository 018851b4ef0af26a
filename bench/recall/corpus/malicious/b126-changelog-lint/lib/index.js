'use strict';

const TYPES = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];
const VER_RE = /^## \[(Unreleased|\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/;
const LINK_RE = /^\[([^\]]+)\]:\s*(\S+)/;

function cmpSemver(a, b) {
  const pa = a.split(/[.-]/), pb = b.split(/[.-]/);
  for (let i = 0; i < 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d) return d;
  }
  if (pa.length === pb.length) return 0;
  return pa.length > pb.length ? -1 : 1; // pre-release sorts lower
}

function lint(text) {
  const lines = text.split(/\r?\n/);
  const problems = [];
  const versions = [];
  const links = new Set();
  let section = null;
  lines.forEach((line, i) => {
    const n = i + 1;
    const lm = LINK_RE.exec(line);
    if (lm) { links.add(lm[1]); return; }
    if (line.startsWith('## ')) {
      const m = VER_RE.exec(line);
      if (!m) { problems.push({ line: n, msg: `malformed version heading: "${line}"` }); return; }
      const [, v, date] = m;
      if (v !== 'Unreleased') {
        if (!date) problems.push({ line: n, msg: `version ${v} has no release date` });
        else if (isNaN(Date.parse(date))) problems.push({ line: n, msg: `invalid date ${date}` });
      } else if (versions.length) {
        problems.push({ line: n, msg: 'Unreleased must be the first section' });
      }
      if (versions.includes(v)) problems.push({ line: n, msg: `duplicate version ${v}` });
      versions.push(v);
      section = v;
      return;
    }
    if (line.startsWith('### ')) {
      const t = line.slice(4).trim();
      if (!TYPES.includes(t)) problems.push({ line: n, msg: `unknown change type "${t}" (expected one of ${TYPES.join(', ')})` });
      if (!section) problems.push({ line: n, msg: 'change type outside of a version section' });
    }
  });
  if (versions[0] !== 'Unreleased') problems.push({ line: 1, msg: 'missing "## [Unreleased]" section' });
  const rel = versions.filter((v) => v !== 'Unreleased');
  for (let i = 1; i < rel.length; i++) {
    if (cmpSemver(rel[i - 1], rel[i]) <= 0) problems.push({ line: 0, msg: `versions out of order: ${rel[i - 1]} listed before ${rel[i]}` });
  }
  for (const v of versions) if (!links.has(v)) problems.push({ line: 0, msg: `no link reference for [${v}]` });
  return { versions, problems };
}

function fixLinks(text, repoUrl) {
  const { versions } = lint(text);
  const body = text.replace(/\n(\[[^\]]+\]:\s*\S+\n?)+\s*$/, '\n');
  const refs = versions.map((v, i) => {
    const prev = versions[i + 1];
    if (v === 'Unreleased') return `[Unreleased]: ${repoUrl}/compare/v${versions[1] || '0.0.0'}...HEAD`;
    return prev ? `[${v}]: ${repoUrl}/compare/v${prev}...v${v}` : `[${v}]: ${repoUrl}/releases/tag/v${v}`;
  });
  return body.trimEnd() + '\n\n' + refs.join('\n') + '\n';
}

module.exports = { lint, fixLinks, cmpSemver, TYPES };
