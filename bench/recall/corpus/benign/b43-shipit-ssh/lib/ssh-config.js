"use strict";
// Resolve a Host alias from ~/.ssh/config (subset: Host, HostName, User, Port, IdentityFile,
// ProxyJump, Include). Only used to show the user where we are about to connect; ssh itself
// reads the same file when we spawn it.
const fs = require("fs");
const os = require("os");
const path = require("path");

function expandHome(p) { return p.replace(/^~(?=$|\/)/, os.homedir()); }

function globToRe(g) {
  return new RegExp("^" + g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$");
}

function readBlocks(file, depth = 0) {
  if (depth > 5 || !fs.existsSync(file)) return [];
  const blocks = [];
  let cur = { patterns: ["*"], opts: {} };
  blocks.push(cur);
  for (const raw of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const m = line.match(/^(\S+)\s*=?\s*(.+)$/);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const val = m[2].trim().replace(/^"|"$/g, "");
    if (key === "host") { cur = { patterns: val.split(/\s+/), opts: {} }; blocks.push(cur); continue; }
    if (key === "include") {
      for (const inc of val.split(/\s+/)) {
        const p = path.isAbsolute(expandHome(inc)) ? expandHome(inc) : path.join(os.homedir(), ".ssh", inc);
        const dir = path.dirname(p), re = globToRe(path.basename(p));
        if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) if (re.test(f)) blocks.push(...readBlocks(path.join(dir, f), depth + 1));
      }
      continue;
    }
    if (!(key in cur.opts)) cur.opts[key] = val;
  }
  return blocks;
}

function resolve(alias, file = path.join(os.homedir(), ".ssh", "config")) {
  const out = {};
  for (const b of readBlocks(file)) {
    const neg = b.patterns.filter((p) => p.startsWith("!")).some((p) => globToRe(p.slice(1)).test(alias));
    const pos = b.patterns.filter((p) => !p.startsWith("!")).some((p) => globToRe(p).test(alias));
    if (!pos || neg) continue;
    for (const [k, v] of Object.entries(b.opts)) if (!(k in out)) out[k] = v;
  }
  return {
    alias,
    hostname: out.hostname || alias,
    user: out.user || os.userInfo().username,
    port: Number(out.port || 22),
    identityFile: out.identityfile ? expandHome(out.identityfile) : undefined,
    proxyJump: out.proxyjump,
  };
}

module.exports = { resolve, readBlocks };
