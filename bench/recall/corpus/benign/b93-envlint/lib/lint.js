import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";

const KEY_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLACEHOLDER = /^(changeme|todo|xxx+|your[-_ ].*|<.*>|\.\.\.)$/i;

export function parse(text) {
  const entries = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\s*export\s+/, "");
    if (!line.trim() || line.trim().startsWith("#")) return;
    const eq = line.indexOf("=");
    if (eq < 0) return entries.push({ line: i + 1, key: line.trim(), error: "missing '='" });
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1);
    const quoted = /^\s*(["']).*\1\s*(#.*)?$/.test(value);
    entries.push({ line: i + 1, key, value, quoted, raw });
  });
  return entries;
}

export function lintFile(file, exampleKeys) {
  const issues = [];
  const entries = parse(readFileSync(file, "utf8"));
  const seen = new Map();
  for (const e of entries) {
    const at = { file, line: e.line, key: e.key };
    if (e.error) { issues.push({ ...at, rule: "syntax", message: e.error }); continue; }
    if (!KEY_RE.test(e.key)) issues.push({ ...at, rule: "key-format", message: "key must match [A-Za-z_][A-Za-z0-9_]*" });
    else if (e.key !== e.key.toUpperCase()) issues.push({ ...at, rule: "key-case", message: "prefer UPPER_SNAKE_CASE" });
    if (seen.has(e.key)) issues.push({ ...at, rule: "duplicate", message: `also defined on line ${seen.get(e.key)}` });
    seen.set(e.key, e.line);
    const v = e.value.trim();
    if (v === "") issues.push({ ...at, rule: "empty", message: "value is empty" });
    else if (!e.quoted && /\s/.test(v.replace(/\s+#.*$/, ""))) issues.push({ ...at, rule: "unquoted-space", message: "value contains spaces; wrap it in quotes" });
    if (PLACEHOLDER.test(v.replace(/^["']|["']$/g, ""))) issues.push({ ...at, rule: "placeholder", message: "value looks like a placeholder" });
    if (/\s$/.test(e.raw)) issues.push({ ...at, rule: "trailing-space", message: "trailing whitespace" });
  }
  if (exampleKeys) {
    for (const k of exampleKeys) if (!seen.has(k)) issues.push({ file, line: 0, key: k, rule: "missing", message: "present in .env.example but not here" });
    for (const k of seen.keys()) if (!exampleKeys.has(k)) issues.push({ file, line: seen.get(k), key: k, rule: "undocumented", message: "not listed in .env.example" });
  }
  return issues;
}

export function findEnvFiles(dir) {
  return readdirSync(dir).filter((f) => /^\.env(\..+)?$/.test(f) && f !== ".env.example").map((f) => path.join(dir, f));
}

export function lintDir(dir = ".") {
  const ex = path.join(dir, ".env.example");
  const exampleKeys = existsSync(ex) ? new Set(parse(readFileSync(ex, "utf8")).map((e) => e.key)) : null;
  return findEnvFiles(dir).flatMap((f) => lintFile(f, exampleKeys));
}
