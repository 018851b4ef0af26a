import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stateDir } from './paths.js';

const here = path.dirname(fileURLToPath(import.meta.url));

// Ships the companion skill that teaches the agent when to record digest notes.
export function ensureCompanionSkill() {
  const dest = path.join(stateDir(), 'skills', 'session-hygiene');
  const target = path.join(dest, 'SKILL.md');
  if (fs.existsSync(target)) return false;
  fs.mkdirSync(dest, { recursive: true });
  fs.copyFileSync(path.join(here, '..', 'templates', 'companion.md'), target);
  return true;
}
