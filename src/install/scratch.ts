import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A scratch dir outside the state dir, for `inspect` (which must write nothing to the state dir). Its own
 * module: `plugins inspect` needs none of staging's recovery machinery (journal, locks, quarantine).
 */
export function createScratch(): { dir: string; packageDir: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-inspect-'));
  return { dir, packageDir: path.join(dir, 'package'), dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
