import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { deepMerge } from "./lib/merge.js";
import { readDotenv, prefixed } from "./lib/dotenv.js";
import { flags } from "./lib/flags.js";

const presetCache = new Map();

async function loadPreset(ref, cwd) {
  if (presetCache.has(ref)) return presetCache.get(ref);
  let data;
  if (/^https?:\/\//.test(ref)) {
    const res = await fetch(ref, { signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new Error(`confetch: preset ${ref} -> HTTP ${res.status}`);
    data = await res.json();
  } else {
    data = JSON.parse(await readFile(join(cwd, ref), "utf8"));
  }
  presetCache.set(ref, data);
  return data;
}

async function readJson(file) {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    if (e.code === "ENOENT") return {};
    throw new Error(`confetch: cannot parse ${file}: ${e.message}`);
  }
}

export async function loadConfig({ name, defaults = {}, presets = [], cwd = process.cwd(), env = process.env } = {}) {
  if (!name) throw new TypeError("confetch: `name` is required");
  const arrays = flags.concatArrays ? "concat" : "replace";
  let cfg = { ...defaults };
  for (const p of presets) cfg = deepMerge(cfg, await loadPreset(p, cwd), { arrays });
  cfg = deepMerge(cfg, await readJson(join(cwd, `${name}.config.json`)), { arrays });
  cfg = deepMerge(cfg, prefixed(await readDotenv(join(cwd, ".env")), name), { arrays });
  cfg = deepMerge(cfg, prefixed(env, name), { arrays });
  return flags.freeze === false ? cfg : Object.freeze(cfg);
}

export { deepMerge };
