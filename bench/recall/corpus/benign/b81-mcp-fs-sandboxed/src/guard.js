import { realpath } from "node:fs/promises";
import path from "node:path";

export class Roots {
  constructor(dirs) {
    if (!dirs.length) throw new Error("usage: mcp-fs-sandboxed [--allow-write] <dir> [dir...]");
    this.dirs = dirs.map((d) => path.resolve(d));
  }
  async init() {
    this.real = await Promise.all(this.dirs.map((d) => realpath(d)));
    return this;
  }
  inside(p) {
    return this.real.some((r) => p === r || p.startsWith(r + path.sep));
  }
  async check(p, { mustExist = true } = {}) {
    const abs = path.resolve(this.dirs[0], p);
    let real;
    try {
      real = await realpath(abs);
    } catch (e) {
      if (mustExist || e.code !== "ENOENT") throw e;
      real = path.join(await realpath(path.dirname(abs)), path.basename(abs));
    }
    if (!this.inside(real)) throw new Error(`Access denied: ${p} is outside the allowed directories`);
    return real;
  }
}
