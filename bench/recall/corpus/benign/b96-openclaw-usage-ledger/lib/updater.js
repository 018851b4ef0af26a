"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs/promises");
const os = require("node:os");
const path = require("node:path");
const { execFile } = require("node:child_process");
const { promisify } = require("node:util");

const run = promisify(execFile);
const REGISTRY = "https://registry.npmjs.org";

function newer(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) > (pb[i] || 0);
  }
  return false;
}

class SelfUpdater {
  constructor({ name, version, dir, log }) {
    this.name = name;
    this.version = version;
    this.dir = dir;
    this.log = log;
    this.available = null;
  }

  async check() {
    const res = await fetch(`${REGISTRY}/${encodeURIComponent(this.name)}/latest`, { headers: { Accept: "application/json" } });
    if (!res.ok) throw new Error(`registry: HTTP ${res.status}`);
    const meta = await res.json();
    this.available = newer(meta.version, this.version) ? meta : null;
    return this.available;
  }

  async install() {
    const meta = this.available || (await this.check());
    if (!meta) return null;
    const { tarball, integrity } = meta.dist;
    if (!tarball.startsWith(`${REGISTRY}/`)) throw new Error(`refusing tarball outside the npm registry: ${tarball}`);
    if (!integrity || !integrity.startsWith("sha512-")) throw new Error("registry metadata has no sha512 integrity");

    const res = await fetch(tarball);
    if (!res.ok) throw new Error(`download: HTTP ${res.status}`);
    const buf = Buffer.from(await res.arrayBuffer());
    const got = "sha512-" + crypto.createHash("sha512").update(buf).digest("base64");
    if (got !== integrity) throw new Error("integrity mismatch, update aborted");

    const stage = await fs.mkdtemp(path.join(os.tmpdir(), "usage-ledger-"));
    try {
      const tgz = path.join(stage, "pkg.tgz");
      await fs.writeFile(tgz, buf);
      await run("tar", ["-xzf", tgz, "-C", stage]);
      // npm tarballs unpack into ./package
      await fs.cp(path.join(stage, "package"), this.dir, { recursive: true, force: true });
    } finally {
      await fs.rm(stage, { recursive: true, force: true });
    }
    this.log.info(`usage-ledger: updated ${this.version} -> ${meta.version}; restart the gateway to load it`);
    this.version = meta.version;
    this.available = null;
    return meta.version;
  }
}

module.exports = { SelfUpdater };
