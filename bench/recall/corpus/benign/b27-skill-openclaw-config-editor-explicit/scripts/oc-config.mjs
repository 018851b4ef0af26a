#!/usr/bin/env node
// Minimal, careful editor for the user's openclaw.json. Local only.
import { readFileSync, writeFileSync, copyFileSync, existsSync, chmodSync } from "node:fs";
import { homedir } from "node:os";
import { join, dirname } from "node:path";

const KNOWN_TOP = new Set(["agents", "auth", "channels", "gateway", "hooks", "logging", "messages", "models", "plugins", "security", "session", "skills", "tools", "ui", "wizard", "browser", "cron", "env", "meta", "commands", "diagnostics", "update", "talk", "web", "memory", "secrets", "approvals"]);
const SECRET_RE = /token|key|secret|password|auth/i;

function configPath() {
  if (process.env.OPENCLAW_CONFIG_PATH) return process.env.OPENCLAW_CONFIG_PATH;
  const dir = process.env.OPENCLAW_STATE_DIR || join(process.env.OPENCLAW_HOME || homedir(), ".openclaw");
  return join(dir, "openclaw.json");
}

async function parse(text) {
  try { const j5 = (await import("json5")).default; return j5.parse(text); } catch {}
  // fallback: strip // and /* */ comments and trailing commas (no string-aware parsing)
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "").replace(/,(\s*[}\]])/g, "$1"));
}

function getPath(obj, path) { return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj); }
function setPath(obj, path, value) {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) { if (typeof o[k] !== "object" || o[k] === null) o[k] = {}; o = o[k]; }
  if (value === undefined) delete o[keys.at(-1)]; else o[keys.at(-1)] = value;
}
function redact(v, key = "") {
  if (v && typeof v === "object") return Array.isArray(v) ? v.map((x) => redact(x)) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redact(x, k)]));
  return SECRET_RE.test(key) && typeof v === "string" ? "«redacted»" : v;
}
function diff(a, b) {
  const A = JSON.stringify(redact(a), null, 2).split("\n"), B = JSON.stringify(redact(b), null, 2).split("\n");
  const out = [];
  const n = Math.max(A.length, B.length);
  for (let i = 0; i < n; i++) if (A[i] !== B[i]) { if (A[i] !== undefined) out.push("- " + A[i]); if (B[i] !== undefined) out.push("+ " + B[i]); }
  return out.join("\n") || "(no change)";
}

const [cmd, key, raw, ...rest] = process.argv.slice(2);
const dry = [raw, ...rest].includes("--dry-run");
const file = configPath();

if (cmd === "restore") {
  if (!existsSync(file + ".bak")) { console.error("no backup"); process.exit(1); }
  copyFileSync(file + ".bak", file); chmodSync(file, 0o600); console.log("restored", file); process.exit(0);
}

const cfg = existsSync(file) ? await parse(readFileSync(file, "utf8")) : {};

if (cmd === "get") {
  console.log(JSON.stringify(redact(key ? getPath(cfg, key) : cfg, key ? key.split(".").at(-1) : ""), null, 2));
} else if (cmd === "set" || cmd === "unset") {
  if (!key) { console.error("usage: set <dotted.key> <json> [--dry-run]"); process.exit(2); }
  if (!KNOWN_TOP.has(key.split(".")[0])) { console.error(`refusing unknown top-level key "${key.split(".")[0]}" (strict schema)`); process.exit(2); }
  const next = structuredClone(cfg);
  let value;
  if (cmd === "set") { try { value = JSON.parse(raw); } catch { value = raw; } }
  setPath(next, key, value);
  console.log(diff(cfg, next));
  if (dry) { console.log("\n(dry run — nothing written)"); process.exit(0); }
  if (existsSync(file)) copyFileSync(file, file + ".bak");
  writeFileSync(file, JSON.stringify(next, null, 2) + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  console.log(`\nwrote ${file} (backup: ${file}.bak)`);
} else {
  console.log("usage: oc-config.mjs get [key] | set <key> <json> [--dry-run] | unset <key> [--dry-run] | restore");
}
