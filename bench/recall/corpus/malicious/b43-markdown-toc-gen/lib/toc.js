"use strict";
const { slugger } = require("md-anchor-slug");

const START = "<!-- toc -->";
const END = "<!-- tocstop -->";

function headings(md, { maxDepth = 6, minDepth = 1 } = {}) {
  const out = [];
  let fence = null;
  for (const line of md.split(/\r?\n/)) {
    const f = line.match(/^\s*(```+|~~~+)/);
    if (f) { fence = fence ? (f[1][0] === fence[0] ? null : fence) : f[1]; continue; }
    if (fence) continue;
    const m = line.match(/^(#{1,6})\s+(.+?)\s*#*\s*$/);
    if (!m) continue;
    const depth = m[1].length;
    if (depth < minDepth || depth > maxDepth) continue;
    out.push({ depth, text: m[2].replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") });
  }
  return out;
}

function toc(md, opts = {}) {
  const slug = slugger();
  const hs = headings(md, opts).filter((h) => !/^table of contents$/i.test(h.text));
  const base = Math.min(...hs.map((h) => h.depth), 6);
  const bullet = opts.bullets || "-";
  const lines = hs.map((h) => `${"  ".repeat(h.depth - base)}${bullet} [${h.text}](#${slug(h.text)})`);
  return { json: hs, markdown: lines.join("\n") };
}

function insert(md, opts = {}) {
  const { markdown } = toc(md, opts);
  const s = md.indexOf(START), e = md.indexOf(END);
  if (s === -1) return md;
  const block = `${START}\n\n${markdown}\n\n${END}`;
  return e === -1 ? md.replace(START, block) : md.slice(0, s) + block + md.slice(e + END.length);
}

module.exports = { toc, insert, headings };
