"use strict";

module.exports = [
  {
    id: "MD001", name: "heading-increment", description: "Heading levels should only increment by one level at a time",
    check(ctx) {
      let prev = 0;
      ctx.headings.forEach((h) => {
        if (prev && h.level > prev + 1) ctx.report(h.line, `expected h${prev + 1}, got h${h.level}`);
        prev = h.level;
      });
    },
  },
  {
    id: "MD009", name: "no-trailing-spaces", description: "Trailing spaces",
    check(ctx) { ctx.lines.forEach((l, i) => { if (!ctx.inFence[i] && /[ \t]+$/.test(l) && !/\S {2}$/.test(l)) ctx.report(i + 1, "trailing whitespace"); }); },
  },
  {
    id: "MD013", name: "line-length", description: "Line length",
    check(ctx) {
      const max = ctx.options.lineLength || 120;
      ctx.lines.forEach((l, i) => { if (!ctx.inFence[i] && l.length > max && !/^\s*\|/.test(l) && !/https?:\/\/\S+$/.test(l)) ctx.report(i + 1, `line is ${l.length} > ${max}`); });
    },
  },
  {
    id: "MD004", name: "ul-style", description: "Unordered list style should be consistent",
    check(ctx) {
      let style = null;
      ctx.lines.forEach((l, i) => {
        const m = !ctx.inFence[i] && l.match(/^\s*([-*+])\s/);
        if (!m) return;
        if (!style) style = m[1]; else if (m[1] !== style) ctx.report(i + 1, `expected "${style}" list marker`);
      });
    },
  },
  {
    id: "MD040", name: "fenced-code-language", description: "Fenced code blocks should have a language",
    check(ctx) { ctx.fences.forEach((f) => { if (!f.lang) ctx.report(f.line, "code fence without language"); }); },
  },
  {
    id: "MD034", name: "no-bare-urls", description: "Bare URL used",
    check(ctx) {
      ctx.lines.forEach((l, i) => {
        if (ctx.inFence[i]) return;
        const s = l.replace(/`[^`]*`/g, "").replace(/\[[^\]]*\]\([^)]*\)/g, "").replace(/<https?:[^>]+>/g, "");
        if (/(^|\s)https?:\/\/\S+/.test(s)) ctx.report(i + 1, "bare URL; wrap in <> or a link");
      });
    },
  },
  {
    id: "MD025", name: "single-h1", description: "Multiple top-level headings",
    check(ctx) { ctx.headings.filter((h) => h.level === 1).slice(1).forEach((h) => ctx.report(h.line, "more than one h1")); },
  },
];
