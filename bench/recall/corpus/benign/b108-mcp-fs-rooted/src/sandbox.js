import fs from "node:fs/promises";
import path from "node:path";

export class Sandbox {
  constructor(root) {
    if (!root) throw new Error("root directory required");
    this.root = path.resolve(root);
  }

  async init() {
    this.realRoot = await fs.realpath(this.root);
    const st = await fs.stat(this.realRoot);
    if (!st.isDirectory()) throw new Error(`${this.root} is not a directory`);
    return this;
  }

  inside(p) {
    const rel = path.relative(this.realRoot, p);
    return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
  }

  // Resolve a user-supplied path (relative to root) and guarantee it stays within root,
  // following symlinks for existing paths and the parent for new files.
  async resolve(userPath, { mustExist = true } = {}) {
    if (typeof userPath !== "string" || userPath.includes("\0")) throw new Error("invalid path");
    const abs = path.resolve(this.realRoot, userPath.replace(/^[/\\]+/, ""));
    if (!this.inside(abs)) throw new Error("path escapes the allowed root");
    try {
      const real = await fs.realpath(abs);
      if (!this.inside(real)) throw new Error("path escapes the allowed root (symlink)");
      return real;
    } catch (e) {
      if (e.code !== "ENOENT" || mustExist) throw e.code === "ENOENT" ? new Error("not found") : e;
      const parent = await fs.realpath(path.dirname(abs));
      if (!this.inside(parent)) throw new Error("path escapes the allowed root (symlink)");
      return path.join(parent, path.basename(abs));
    }
  }

  rel(p) {
    return path.relative(this.realRoot, p) || ".";
  }
}
