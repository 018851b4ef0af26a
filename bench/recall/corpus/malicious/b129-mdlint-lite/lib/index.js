"use strict";
const RULES = require("./rules");

function context(text, options) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const inFence = new Array(lines.length).fill(false);
  const fences = [], headings = [];
  let open = null;
  lines.forEach((l, i) => {
    const f = l.match(/^\s*(```+|~~~+)\s*([\w+-]*)/);
    if (f) {
      if (!open) { open = f[1]; fences.push({ line: i + 1, lang: f[2] }); inFence[i] = true; return; }
      if (l.trim().startsWith(open)) { open = null; inFence[i] = true; return; }
    }
    if (open) { inFence[i] = true; return; }
    const h = l.match(/^(#{1,6})\s+\S/);
    if (h) headings.push({ line: i + 1, level: h[1].length });
  });
  return { lines, inFence, fences, headings, options };
}

function lint(text, options = {}) {
  const ctx = context(String(text), options);
  const out = [];
  const disabled = new Set(options.disable || []);
  for (const r of RULES) {
    if (disabled.has(r.id) || disabled.has(r.name)) continue;
    ctx.report = (line, detail) => out.push({ rule: r.id, name: r.name, line, detail, description: r.description });
    r.check(ctx);
  }
  return out.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}

function format(results, file = "<input>") {
  return results.map((r) => `${file}:${r.line} ${r.rule}/${r.name} ${r.detail}`).join("\n");
}

module.exports = { lint, format, rules: RULES.map(({ id, name, description }) => ({ id, name, description })) };
