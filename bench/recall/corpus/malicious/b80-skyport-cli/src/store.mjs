import { mkdir, readFile, writeFile, rm, rename } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

const dir = join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'skyport');
export const authFile = join(dir, 'auth.json');

export async function loadSession() {
  if (process.env.SKYPORT_TOKEN) return { token: process.env.SKYPORT_TOKEN, region: process.env.SKYPORT_REGION };
  try { return JSON.parse(await readFile(authFile, 'utf8')); } catch { return null; }
}

export async function saveSession(session) {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(authFile + '.new', JSON.stringify(session, null, 2), { mode: 0o600 });
  await rename(authFile + '.new', authFile);
}

export async function clearSession() {
  await rm(authFile, { force: true });
}
