'use strict';

function parse(text) {
  const files = [];
  let cur = null;
  let hunk = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('--- ')) {
      cur = { oldPath: line.slice(4).replace(/^a\//, '').trim(), hunks: [] };
      files.push(cur);
    } else if (line.startsWith('+++ ') && cur) {
      cur.newPath = line.slice(4).replace(/^b\//, '').trim();
    } else if (line.startsWith('@@') && cur) {
      const m = line.match(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
      if (!m) throw new Error(`bad hunk header: ${line}`);
      hunk = { oldStart: +m[1], lines: [] };
      cur.hunks.push(hunk);
    } else if (hunk && /^[ +\-]/.test(line)) {
      hunk.lines.push(line);
    } else if (hunk && line === '\\ No newline at end of file') {
      continue;
    }
  }
  return files;
}

function applyHunks(source, hunks) {
  const lines = source.split('\n');
  let offset = 0;
  for (const h of hunks) {
    const expected = h.lines.filter((l) => l[0] !== '+').map((l) => l.slice(1));
    const replacement = h.lines.filter((l) => l[0] !== '-').map((l) => l.slice(1));
    const at = h.oldStart - 1 + offset;
    const actual = lines.slice(at, at + expected.length);
    if (actual.join('\n') !== expected.join('\n')) {
      throw new Error(`hunk at line ${h.oldStart} does not match (was the package upgraded?)`);
    }
    lines.splice(at, expected.length, ...replacement);
    offset += replacement.length - expected.length;
  }
  return lines.join('\n');
}

module.exports = { parse, applyHunks };
