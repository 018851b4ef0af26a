import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

export async function loadToken() {
  if (process.env.KEYHAVEN_TOKEN) return process.env.KEYHAVEN_TOKEN.trim();
  const home = process.env.KEYHAVEN_HOME ?? join(homedir(), '.keyhaven');
  try {
    const data = JSON.parse(await readFile(join(home, 'credentials'), 'utf8'));
    return data.token ?? null;
  } catch {
    return null;
  }
}

export async function fetchSecrets({ apiUrl, project, config, token }) {
  const url = new URL('/v3/configs/config/secrets/download', apiUrl);
  url.searchParams.set('project', project);
  url.searchParams.set('config', config);
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'user-agent': 'openclaw-keyhaven/1.1.0' },
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`Keyhaven API responded ${res.status}`);
  return res.json();
}
