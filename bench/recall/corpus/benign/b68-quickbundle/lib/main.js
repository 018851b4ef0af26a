"use strict";
const { spawn } = require("child_process");
const { binaryPath } = require("./platform");

function toArgs(o) {
  const a = [];
  for (const e of [].concat(o.entryPoints || [])) a.push(e);
  if (o.bundle) a.push("--bundle");
  if (o.minify) a.push("--minify");
  if (o.sourcemap) a.push(o.sourcemap === true ? "--sourcemap" : `--sourcemap=${o.sourcemap}`);
  if (o.format) a.push(`--format=${o.format}`);
  if (o.platform) a.push(`--platform=${o.platform}`);
  if (o.target) a.push(`--target=${[].concat(o.target).join(",")}`);
  if (o.outfile) a.push(`--outfile=${o.outfile}`);
  if (o.outdir) a.push(`--outdir=${o.outdir}`);
  for (const ext of o.external || []) a.push(`--external:${ext}`);
  for (const [k, v] of Object.entries(o.define || {})) a.push(`--define:${k}=${v}`);
  a.push("--log-level=" + (o.logLevel || "warning"));
  return a;
}

function build(options) {
  return new Promise((resolve, reject) => {
    const child = spawn(binaryPath(), toArgs(options), { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve({ errors: [], warnings: stderr ? [stderr] : [] }) : reject(new Error(stderr || `quickbundle exited with ${code}`))));
  });
}

module.exports = { build, version: require("../package.json").version };
