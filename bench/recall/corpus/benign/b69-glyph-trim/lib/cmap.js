'use strict';
// Parses the best Unicode cmap subtable (format 12, else format 4) into Map<codepoint, glyphId>.
function parseCmap(cmap) {
  const n = cmap.readUInt16BE(2);
  const subs = [];
  for (let i = 0; i < n; i++) {
    const r = 4 + 8 * i;
    subs.push({ platform: cmap.readUInt16BE(r), encoding: cmap.readUInt16BE(r + 2), offset: cmap.readUInt32BE(r + 4) });
  }
  const rank = (s) => (s.platform === 3 && s.encoding === 10) || (s.platform === 0 && s.encoding >= 4) ? 2 : (s.platform === 3 && s.encoding === 1) || s.platform === 0 ? 1 : 0;
  subs.sort((a, b) => rank(b) - rank(a));
  const map = new Map();
  for (const s of subs) {
    if (!rank(s)) break;
    const fmt = cmap.readUInt16BE(s.offset);
    if (fmt === 12) {
      const groups = cmap.readUInt32BE(s.offset + 12);
      for (let g = 0; g < groups; g++) {
        const r = s.offset + 16 + 12 * g;
        const start = cmap.readUInt32BE(r), end = cmap.readUInt32BE(r + 4), gid = cmap.readUInt32BE(r + 8);
        for (let c = start; c <= end; c++) map.set(c, gid + (c - start));
      }
      return map;
    }
    if (fmt === 4) {
      const segX2 = cmap.readUInt16BE(s.offset + 6);
      const ends = s.offset + 14, starts = ends + segX2 + 2, deltas = starts + segX2, ranges = deltas + segX2;
      for (let i = 0; i < segX2; i += 2) {
        const end = cmap.readUInt16BE(ends + i), start = cmap.readUInt16BE(starts + i);
        const delta = cmap.readInt16BE(deltas + i), ro = cmap.readUInt16BE(ranges + i);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let gid;
          if (!ro) gid = (c + delta) & 0xffff;
          else {
            const at = ranges + i + ro + 2 * (c - start);
            gid = cmap.readUInt16BE(at);
            if (gid) gid = (gid + delta) & 0xffff;
          }
          if (gid) map.set(c, gid);
        }
      }
      return map;
    }
  }
  throw new Error('no supported Unicode cmap subtable');
}

module.exports = { parseCmap };
