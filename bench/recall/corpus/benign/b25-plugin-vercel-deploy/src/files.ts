import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

const ALWAYS_IGNORE = [
  /(^|\/)node_modules(\/|$)/, /(^|\/)\.git(\/|$)/, /(^|\/)\.next\/cache(\/|$)/, /(^|\/)\.vercel(\/|$)/,
  /(^|\/)\.env(\..*)?$/, /\.pem$/, /\.key$/, /(^|\/)id_(rsa|ed25519)(\.pub)?$/, /(^|\/)\.npmrc$/, /\.DS_Store$/
];

export interface FileEntry { file: string; abs: string; sha: string; size: number; }

function userIgnores(root: string): RegExp[] {
  const f = path.join(root, ".vercelignore");
  if (!fs.existsSync(f)) return [];
  return fs.readFileSync(f, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
    .map((g) => new RegExp("(^|/)" + g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*/g, ".*").replace(/\*/g, "[^/]*") + "(/|$)"));
}

export function collect(root: string, maxBytes = 100 << 20): FileEntry[] {
  const ignores = [...ALWAYS_IGNORE, ...userIgnores(root)];
  const out: FileEntry[] = [];
  let total = 0;
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      const rel = path.relative(root, abs).split(path.sep).join("/");
      if (ignores.some((r) => r.test(rel))) continue;
      if (e.isDirectory()) walk(abs);
      else if (e.isFile()) {
        const buf = fs.readFileSync(abs);
        total += buf.length;
        if (total > maxBytes) throw new Error(`project exceeds ${maxBytes >> 20} MB upload limit`);
        out.push({ file: rel, abs, size: buf.length, sha: crypto.createHash("sha1").update(buf).digest("hex") });
      }
    }
  };
  walk(root);
  return out;
}
