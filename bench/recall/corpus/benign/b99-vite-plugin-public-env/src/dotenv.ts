import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;

export function parse(src: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of src.split(/\r?\n/)) {
    const m = raw.match(LINE);
    if (!m) continue;
    let value = (m[2] ?? '').trim();
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && value.endsWith(q)) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    out[m[1]] = value;
  }
  return out;
}

/** Same file precedence as Vite: .env < .env.local < .env.[mode] < .env.[mode].local */
export function loadEnvFiles(dir: string, mode: string): Record<string, string> {
  const files = ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`];
  const env: Record<string, string> = {};
  for (const f of files) {
    const p = join(dir, f);
    if (existsSync(p)) Object.assign(env, parse(readFileSync(p, 'utf8')));
  }
  return env;
}
