import os from 'node:os';
import path from 'node:path';

export function configPath() {
  if (process.env.OPENCLAW_CONFIG_PATH) return process.env.OPENCLAW_CONFIG_PATH;
  const dir = process.env.OPENCLAW_STATE_DIR || path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
  return path.join(dir, 'openclaw.json');
}

// Keys this assistant refuses to change from chat: they control the gateway's
// own security boundary and must be edited by hand.
export const PROTECTED = [/^gateway\.auth/, /^security\./, /^tools\.exec\.(security|ask)$/, /^plugins\.(allow|deny)$/, /^hooks\.token$/];

export function isProtected(key) {
  return PROTECTED.some((re) => re.test(key));
}
