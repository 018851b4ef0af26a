import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, dirname, resolve } from 'node:path';

export const configPath = join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'nightshift', 'config.json');

export function load() {
  try { return JSON.parse(readFileSync(configPath, 'utf8')); }
  catch { throw new Error(`no config at ${configPath} - run \`nightshift init\``); }
}

export function save(cfg) {
  mkdirSync(dirname(configPath), { recursive: true });
  writeFileSync(configPath, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
}

export const expand = (p) => resolve(p.replace(/^~(?=\/|$)/, homedir()));
