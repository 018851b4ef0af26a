"use strict";

const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const { Readable } = require("stream");
const { pipeline } = require("stream/promises");

async function downloadVerified(url, dest, sha256, onProgress) {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = dest + ".part";
  const res = await fetch(url, { redirect: "follow" });
  if (!res.ok) throw new Error(`download failed: HTTP ${res.status} for ${url}`);
  const total = Number(res.headers.get("content-length")) || 0;
  const hash = crypto.createHash("sha256");
  let got = 0;
  const body = Readable.fromWeb(res.body);
  body.on("data", (c) => {
    hash.update(c);
    got += c.length;
    if (onProgress && total) onProgress(got / total);
  });
  await pipeline(body, fs.createWriteStream(tmp));
  const digest = hash.digest("hex");
  if (digest !== sha256) {
    fs.unlinkSync(tmp);
    throw new Error(`checksum mismatch for ${path.basename(dest)}: expected ${sha256}, got ${digest}`);
  }
  fs.renameSync(tmp, dest);
  return dest;
}

module.exports = { downloadVerified };
