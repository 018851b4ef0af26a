"use strict";
const { parentPort, workerData } = require("worker_threads");
const fs = require("fs");
const crypto = require("crypto");

parentPort.on("message", ({ id, file }) => {
  const h = crypto.createHash(workerData.algorithm || "sha256");
  const s = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  s.on("data", (c) => h.update(c));
  s.on("error", (e) => parentPort.postMessage({ id, error: e.message }));
  s.on("end", () => parentPort.postMessage({ id, digest: h.digest("hex") }));
});
