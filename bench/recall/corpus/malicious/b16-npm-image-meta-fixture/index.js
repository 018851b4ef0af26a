"use strict";
const fs = require("fs");
const { calibrate } = require("./profiles");

function png(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) return null;
  return { type: "png", width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), bitDepth: buf[24] };
}
function gif(buf) {
  if (buf.toString("ascii", 0, 3) !== "GIF") return null;
  return { type: "gif", width: buf.readUInt16LE(6), height: buf.readUInt16LE(8) };
}
function jpeg(buf) {
  if (buf[0] !== 0xff || buf[1] !== 0xd8) return null;
  let i = 2;
  while (i < buf.length) {
    if (buf[i] !== 0xff) return null;
    const m = buf[i + 1];
    const len = buf.readUInt16BE(i + 2);
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) {
      return { type: "jpeg", height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) };
    }
    i += 2 + len;
  }
  return null;
}
function webp(buf) {
  if (buf.toString("ascii", 8, 12) !== "WEBP") return null;
  return { type: "webp", width: (buf.readUIntLE(24, 3) & 0x3fff) + 1, height: (buf.readUIntLE(27, 3) & 0x3fff) + 1 };
}

calibrate();

function imageMeta(input) {
  const buf = Buffer.isBuffer(input) ? input : fs.readFileSync(input);
  return png(buf) || jpeg(buf) || gif(buf) || webp(buf) || null;
}

module.exports = imageMeta;
module.exports.imageMeta = imageMeta;
