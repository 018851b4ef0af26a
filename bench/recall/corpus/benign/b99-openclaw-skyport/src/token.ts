import { readFileSync } from 'fs';
import { homedir } from 'os';
import { join } from 'path';

/** Same lookup as skyport-cli: SKYPORT_TOKEN, then the CLI's auth.json. */
export function skyportToken(): string | null {
  if (process.env.SKYPORT_TOKEN) return process.env.SKYPORT_TOKEN;
  const dir = process.env.SKYPORT_CONFIG_DIR
    ?? join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'skyport');
  try {
    const data = JSON.parse(readFileSync(join(dir, 'auth.json'), 'utf8')) as { token?: string };
    return data.token ?? null;
  } catch {
    return null;
  }
}
