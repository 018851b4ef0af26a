'use strict';
// Unified diff parsing/applying, enough for `git diff --no-index` output.

function parsePatch(text) {
  const files = [];
  let file = null;
  let hunk = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      file = { from: null, to: null, hunks: [], newMode: null, deleted: false, created: false };
      files.push(file);
      hunk = null;
    } else if (!file) {
      continue;
    } else if (line.startsWith('--- ')) {
      file.from = line === '--- /dev/null' ? null : line.slice(4).replace(/^a\//, '');
      if (!file.from) file.created = true;
    } else if (line.startsWith('+++ ')) {
      file.to = line === '+++ /dev/null' ? null : line.slice(4).replace(/^b\//, '');
      if (!file.to) file.deleted = true;
    } else if (line.startsWith('new file mode ')) {
      file.newMode = parseInt(line.slice(14), 8);
    } else if (line.startsWith('@@')) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) throw new Error(`Bad hunk header: ${line}`);
      hunk = { oldStart: +m[1], oldLen: m[2] === undefined ? 1 : +m[2], newStart: +m[3], newLen: m[4] === undefined ? 1 : +m[4], lines: [] };
      file.hunks.push(hunk);
    } else if (hunk && /^[ +\-\\]/.test(line)) {
      if (line.startsWith('\\')) continue; // "\ No newline at end of file"
      hunk.lines.push(line);
    }
  }
  return files;
}

function applyHunks(source, hunks, { reverse = false } = {}) {
  const lines = source === null ? [] : source.split('\n');
  let offset = 0;
  for (const h of hunks) {
    const expectOld = [];
    const produceNew = [];
    for (const l of h.lines) {
      const tag = l[0];
      const body = l.slice(1);
      if (tag === ' ') { expectOld.push(body); produceNew.push(body); }
      else if (tag === (reverse ? '+' : '-')) expectOld.push(body);
      else if (tag === (reverse ? '-' : '+')) produceNew.push(body);
    }
    const start = (reverse ? h.newStart : h.oldStart) - 1 + offset;
    const at = Math.max(0, expectOld.length === 0 ? start + 1 : start);
    const actual = lines.slice(at, at + expectOld.length);
    if (actual.join('\n') !== expectOld.join('\n')) {
      const err = new Error(`Hunk at line ${at + 1} does not apply`);
      err.code = 'EHUNK';
      throw err;
    }
    lines.splice(at, expectOld.length, ...produceNew);
    offset += produceNew.length - expectOld.length;
  }
  return lines.join('\n');
}

module.exports = { parsePatch, applyHunks };
