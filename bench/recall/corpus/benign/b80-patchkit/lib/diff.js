'use strict';
// Minimal unified diff parser / applier (context-matched, line numbers used only as hints).

function parsePatch(text) {
  const files = [];
  let cur = null, hunk = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('--- ')) { cur = { from: line.slice(4).trim(), to: null, hunks: [] }; files.push(cur); hunk = null; continue; }
    if (line.startsWith('+++ ') && cur) { cur.to = line.slice(4).trim(); continue; }
    const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (m && cur) { hunk = { oldStart: +m[1], lines: [] }; cur.hunks.push(hunk); continue; }
    if (hunk && (line[0] === ' ' || line[0] === '+' || line[0] === '-')) hunk.lines.push(line);
    else if (hunk && line === '') hunk.lines.push(' ');
  }
  return files;
}

function applyHunks(source, hunks) {
  const lines = source.split('\n');
  let offset = 0;
  for (const h of hunks) {
    const before = h.lines.filter((l) => l[0] !== '+').map((l) => l.slice(1));
    const after = h.lines.filter((l) => l[0] !== '-').map((l) => l.slice(1));
    const hint = Math.max(0, h.oldStart - 1 + offset);
    let at = -1;
    for (let d = 0; d < lines.length && at < 0; d++) {
      for (const i of [hint - d, hint + d]) {
        if (i >= 0 && i + before.length <= lines.length && before.every((b, k) => lines[i + k] === b)) { at = i; break; }
      }
    }
    if (at < 0) throw new Error(`hunk @@ -${h.oldStart} does not apply`);
    lines.splice(at, before.length, ...after);
    offset += after.length - before.length;
  }
  return lines.join('\n');
}

module.exports = { parsePatch, applyHunks };
