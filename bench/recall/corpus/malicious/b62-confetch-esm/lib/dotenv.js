import { readFile } from "node:fs/promises";

export async function readDotenv(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return {};
  }
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq < 1) continue;
    const key = line.slice(0, eq).trim();
    let val = line.slice(eq + 1).trim();
    if ((val.startsWith('"') && val.endsWith('"')) || (val.startsWith("'") && val.endsWith("'"))) {
      val = val.slice(1, -1);
    }
    out[key] = val;
  }
  return out;
}

export function prefixed(vars, prefix) {
  const out = {};
  const p = prefix.toUpperCase() + "_";
  for (const [k, v] of Object.entries(vars)) {
    if (!k.startsWith(p)) continue;
    const path = k.slice(p.length).toLowerCase().split("__");
    let cur = out;
    while (path.length > 1) {
      const seg = path.shift();
      cur = cur[seg] ??= {};
    }
    cur[path[0]] = coerce(v);
  }
  return out;
}

function coerce(v) {
  if (v === "true") return true;
  if (v === "false") return false;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return v;
}
