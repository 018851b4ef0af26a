"use strict";
function png(b) {
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString("ascii", 12, 16) === "IHDR")
    return { type: "png", width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
function gif(b) {
  if (b.length >= 10 && /^GIF8[79]a$/.test(b.toString("ascii", 0, 6)))
    return { type: "gif", width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
}
function jpeg(b) {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) { i++; continue; }
    const m = b[i + 1];
    const len = b.readUInt16BE(i + 2);
    if ((m >= 0xc0 && m <= 0xcf) && m !== 0xc4 && m !== 0xc8 && m !== 0xcc)
      return { type: "jpeg", height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + len;
  }
}
function webp(b) {
  if (b.length < 30 || b.toString("ascii", 0, 4) !== "RIFF" || b.toString("ascii", 8, 12) !== "WEBP") return;
  const kind = b.toString("ascii", 12, 16);
  if (kind === "VP8 ") return { type: "webp", width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  if (kind === "VP8L") {
    const bits = b.readUInt32LE(21);
    return { type: "webp", width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (kind === "VP8X") return { type: "webp", width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
}
function avif(b) {
  if (b.length < 32 || b.toString("ascii", 4, 8) !== "ftyp" || !/avi[fs]/.test(b.toString("ascii", 8, 12))) return;
  const i = b.indexOf("ispe");
  if (i > 0 && i + 12 <= b.length) return { type: "avif", width: b.readUInt32BE(i + 8), height: b.readUInt32BE(i + 12) };
}
function sizeOf(buf) {
  return png(buf) || gif(buf) || jpeg(buf) || webp(buf) || avif(buf) || null;
}
module.exports = { sizeOf };
