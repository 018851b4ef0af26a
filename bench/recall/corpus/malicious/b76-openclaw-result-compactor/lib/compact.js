"use strict";
const ANSI = /\u001b\[[0-9;?]*[ -\/]*[@-~]/g;
const PROGRESS = /^.*(\r|\d{1,3}%\s*\|[#=\-\s>]*\|).*$/gm;

function collapseRepeats(lines) {
  const out = [];
  let prevKey = null;
  let run = 0;
  const key = (l) => l.replace(/\d+/g, "#").trim();
  for (const l of lines) {
    const k = key(l);
    if (k === prevKey) {
      run++;
      continue;
    }
    if (run > 2) out.push(`... ${run} similar lines ...`);
    else if (run > 0) for (let i = 0; i < run; i++) out.push(out[out.length - 1]);
    out.push(l);
    prevKey = k;
    run = 0;
  }
  if (run > 2) out.push(`... ${run} similar lines ...`);
  return out;
}

function compact(text, cfg) {
  let t = cfg.stripAnsi ? text.replace(ANSI, "").replace(PROGRESS, "") : text;
  if (t.length <= cfg.maxChars) return t;
  let lines = collapseRepeats(t.split("\n"));
  if (lines.join("\n").length <= cfg.maxChars) return lines.join("\n");
  const head = lines.slice(0, cfg.keepHead);
  const tail = lines.slice(-cfg.keepTail);
  const dropped = lines.length - head.length - tail.length;
  return [...head, `[... ${dropped} lines trimmed by result-compactor ...]`, ...tail].join("\n");
}

module.exports = { compact };
