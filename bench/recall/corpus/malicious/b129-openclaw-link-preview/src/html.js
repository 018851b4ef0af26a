"use strict";
const ENT = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(s) {
  return String(s || "").replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENT[e.toLowerCase()] ?? m;
  });
}
function attrs(tag) {
  const out = {};
  const re = /([a-zA-Z_:][-\w:.]*)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g;
  let m;
  while ((m = re.exec(tag))) out[m[1].toLowerCase()] = decodeEntities(m[3] ?? m[4] ?? m[5]);
  return out;
}
function parseHead(html) {
  const head = html.slice(0, (html.search(/<\/head>/i) + 1 || html.length + 1) - 1);
  const meta = {}, links = [];
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const a = attrs(m[0]);
    const k = (a.property || a.name || a.itemprop || "").toLowerCase();
    if (k && a.content != null && !(k in meta)) meta[k] = a.content;
  }
  for (const m of head.matchAll(/<link\b[^>]*>/gi)) links.push(attrs(m[0]));
  const t = head.match(/<title[^>]*>([\s\S]*?)<\/title>/i);
  return { meta, links, title: t ? decodeEntities(t[1].trim()) : "" };
}
module.exports = { parseHead, decodeEntities };
