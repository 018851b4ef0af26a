import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function npmrcToken(registry: string, cwd = process.cwd()): string | undefined {
  if (process.env.NPM_TOKEN) return process.env.NPM_TOKEN;
  if (process.env.NODE_AUTH_TOKEN) return process.env.NODE_AUTH_TOKEN;
  const host = new URL(registry).host;
  for (const f of [join(cwd, '.npmrc'), join(homedir(), '.npmrc')]) {
    let txt = '';
    try { txt = readFileSync(f, 'utf8'); } catch { continue; }
    for (const line of txt.split(/\r?\n/)) {
      const m = /^\s*\/\/([^/]+)\/:_authToken\s*=\s*(.+)\s*$/.exec(line);
      if (m && m[1] === host) return m[2].replace(/^\$\{(\w+)\}$/, (_, v) => process.env[v] ?? '');
    }
  }
  return undefined;
}

export async function reg<T = any>(registry: string, path: string, token?: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(new URL(path, registry), {
    ...init,
    headers: {
      accept: 'application/json',
      'npm-command': 'publish',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.headers as Record<string, string> | undefined)
    }
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status}`);
  const ct = res.headers.get('content-type') ?? '';
  return (ct.includes('json') ? res.json() : Buffer.from(await res.arrayBuffer())) as Promise<T>;
}

export const enc = (name: string) => name.replace('/', '%2f');
