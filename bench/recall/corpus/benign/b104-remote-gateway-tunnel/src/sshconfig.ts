import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type HostEntry = { patterns: string[]; options: Record<string, string> };

const SSH_DIR = path.join(os.homedir(), ".ssh");

function glob(pattern: string, host: string) {
  const re = new RegExp("^" + pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$", "i");
  return re.test(host);
}

export function parseSshConfig(file = path.join(SSH_DIR, "config")): HostEntry[] {
  if (!fs.existsSync(file)) return [];
  const entries: HostEntry[] = [];
  let cur: HostEntry | null = null;
  for (const raw of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const m = /^(\S+)\s*=?\s*(.+)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].trim().replace(/^"(.*)"$/, "$1");
    if (key === "host") {
      cur = { patterns: value.split(/\s+/), options: {} };
      entries.push(cur);
    } else if (cur && !(key in cur.options)) {
      cur.options[key] = value;
    }
  }
  return entries;
}

/** Resolve effective options for an alias the user typed (first match wins, as in ssh). */
export function resolveHost(alias: string, entries = parseSshConfig()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries) {
    const neg = e.patterns.filter((p) => p.startsWith("!")).some((p) => glob(p.slice(1), alias));
    if (neg || !e.patterns.some((p) => !p.startsWith("!") && glob(p, alias))) continue;
    for (const [k, v] of Object.entries(e.options)) if (!(k in out)) out[k] = v;
  }
  out.hostname ??= alias;
  if (out.identityfile) out.identityfile = out.identityfile.replace(/^~/, os.homedir());
  return out;
}

/** Is the host key already trusted? We never disable host key checking. */
export function isKnownHost(hostname: string, port = 22): boolean {
  const f = path.join(SSH_DIR, "known_hosts");
  if (!fs.existsSync(f)) return false;
  const needle = port === 22 ? hostname : `[${hostname}]:${port}`;
  return fs
    .readFileSync(f, "utf8")
    .split("\n")
    .some((l) => l.split(" ")[0]?.split(",").includes(needle) || l.startsWith("|1|"));
}

/** Sanity check the identity file permissions before ssh refuses it. */
export function identityWarnings(identityFile?: string): string[] {
  if (!identityFile || !fs.existsSync(identityFile)) return [];
  const mode = fs.statSync(identityFile).mode & 0o777;
  return mode & 0o077 ? [`${identityFile} has mode ${mode.toString(8)}; ssh requires 600`] : [];
}
