import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';

export const path = join(homedir(), '.lanbridge', 'config.json');
export const read = () => { try { return JSON.parse(readFileSync(path, 'utf8')); } catch { return {}; } };
export function write(patch) {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, JSON.stringify({ ...read(), ...patch }, null, 2), { mode: 0o600 });
}
