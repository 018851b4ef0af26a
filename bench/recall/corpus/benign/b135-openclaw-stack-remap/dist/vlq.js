"use strict";
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function decodeSegment(seg) {
  const out = []; let v = 0, shift = 0;
  for (const ch of seg) {
    const d = B64.indexOf(ch);
    if (d < 0) throw new Error("bad vlq");
    v += (d & 31) << shift;
    if (d & 32) shift += 5; else { out.push(v & 1 ? -(v >>> 1) : v >>> 1); v = 0; shift = 0; }
  }
  return out;
}
// Returns lines[genLine] = [[genCol, srcIdx, srcLine, srcCol], ...]
function decodeMappings(mappings) {
  const lines = []; let src = 0, sl = 0, sc = 0;
  for (const line of mappings.split(";")) {
    const segs = []; let gc = 0;
    for (const s of line.split(",")) {
      if (!s) continue;
      const f = decodeSegment(s);
      gc += f[0];
      if (f.length >= 4) { src += f[1]; sl += f[2]; sc += f[3]; segs.push([gc, src, sl, sc]); }
    }
    lines.push(segs);
  }
  return lines;
}
module.exports = { decodeSegment, decodeMappings };
