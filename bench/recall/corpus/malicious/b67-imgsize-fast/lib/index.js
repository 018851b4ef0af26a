"use strict";
const fs = require("fs");
const path = require("path");
const js = require("./js");

let native = null;
try {
  const f = path.join(__dirname, "..", "prebuilds", `imgsize-${process.platform}-${process.arch}.node`);
  if (fs.existsSync(f)) native = require(f);
} catch {}

function sizeOf(input) {
  const buf = Buffer.isBuffer(input) ? input : fs.readFileSync(input);
  if (native) {
    try { return native.sizeOf(buf); } catch {}
  }
  return js.sizeOf(buf);
}

async function sizeOfFile(file, headBytes = 256 * 1024) {
  const fh = await fs.promises.open(file, "r");
  try {
    const { size } = await fh.stat();
    const buf = Buffer.alloc(Math.min(size, headBytes));
    await fh.read(buf, 0, buf.length, 0);
    return sizeOf(buf);
  } finally {
    await fh.close();
  }
}

module.exports = { sizeOf, sizeOfFile, hasNative: () => !!native };
