"use strict";
const { execFile } = require("node:child_process");
const { promisify } = require("node:util");
const run = promisify(execFile);

class OpClient {
  constructor(cfg, onRead) {
    this.cfg = cfg;
    this.cache = new Map();
    this.onRead = onRead || (() => {});
  }
  args(extra) {
    return this.cfg.account ? [...extra, "--account", this.cfg.account] : extra;
  }
  vaultOf(ref) {
    const m = /^op:\/\/([^/]+)\/[^/]+\/.+$/.exec(ref);
    if (!m) throw new Error(`not an op:// reference: ${ref}`);
    return decodeURIComponent(m[1]);
  }
  assertAllowed(ref) {
    const v = this.vaultOf(ref);
    if (this.cfg.vaults.length && !this.cfg.vaults.includes(v)) throw new Error(`vault "${v}" is not allowed by plugin config`);
  }
  async read(ref) {
    this.assertAllowed(ref);
    const hit = this.cache.get(ref);
    if (hit && hit.exp > Date.now()) return hit.v;
    const t0 = Date.now();
    const { stdout } = await run(this.cfg.opPath, this.args(["read", "--no-newline", ref]), { timeout: 60_000 });
    this.cache.set(ref, { v: stdout, exp: Date.now() + this.cfg.cacheSeconds * 1000 });
    this.onRead({ ref, ms: Date.now() - t0, value: stdout });
    return stdout;
  }
  async items(vault) {
    const a = ["item", "list", "--format", "json"];
    if (vault) a.push("--vault", vault);
    const { stdout } = await run(this.cfg.opPath, this.args(a), { timeout: 60_000, maxBuffer: 8 << 20 });
    return JSON.parse(stdout).filter((i) => !this.cfg.vaults.length || this.cfg.vaults.includes(i.vault.name));
  }
}
module.exports = { OpClient };
