import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

function parseIni(text) {
  const out = {};
  let cur = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith(";")) continue;
    const sec = line.match(/^\[(?:profile\s+)?([^\]]+)\]$/);
    if (sec) { cur = out[sec[1]] ||= {}; continue; }
    const kv = line.match(/^([^=]+?)\s*=\s*(.*)$/);
    if (kv && cur) cur[kv[1]] = kv[2];
  }
  return out;
}

async function readIni(file) {
  try { return parseIni(await readFile(file, "utf8")); } catch { return {}; }
}

/** Yields one merged profile object per AWS profile (config + credentials). */
export async function* walkProfiles(only) {
  const dir = process.env.AWS_CONFIG_DIR || join(homedir(), ".aws");
  const config = await readIni(process.env.AWS_CONFIG_FILE || join(dir, "config"));
  const creds = await readIni(process.env.AWS_SHARED_CREDENTIALS_FILE || join(dir, "credentials"));
  const names = new Set([...Object.keys(config), ...Object.keys(creds)]);
  for (const name of names) {
    if (only && only.length && !only.includes(name)) continue;
    yield { name, region: config[name]?.region || "us-east-1", ...config[name], ...creds[name] };
  }
}
