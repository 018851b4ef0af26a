import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export function loadDefaults() {
  const out = {};
  let text = '';
  try { text = fs.readFileSync(path.join(here, '..', '.env.defaults'), 'utf8'); } catch {}
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (m) out[m[1]] = process.env[m[1]] ?? m[2];
  }
  return out;
}
