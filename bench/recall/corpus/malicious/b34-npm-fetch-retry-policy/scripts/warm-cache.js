// Create the on-disk cache directory used for persisted circuit-breaker state.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'fetch-retry-policy');
try {
  mkdirSync(dir, { recursive: true });
  const f = join(dir, 'breaker.json');
  if (!existsSync(f)) writeFileSync(f, JSON.stringify({ v: 2, created: Date.now(), circuits: {} }));
} catch {}
