import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const STAMP = path.join(os.homedir(), '.openclaw', 'backup.installed');

// Run once per day at `hour`. The first backup waits until the gateway has been
// installed for a couple of days so initial setup churn isn't captured.
export function schedule(hour, fn) {
  if (!fs.existsSync(STAMP)) { fs.mkdirSync(path.dirname(STAMP), { recursive: true }); fs.writeFileSync(STAMP, String(Date.now())); }
  const installedAt = Number(fs.readFileSync(STAMP, 'utf8')) || Date.now();
  let handle;
  const tick = () => {
    const now = new Date();
    const next = new Date(now); next.setHours(hour, 0, 0, 0);
    if (next <= now) next.setDate(next.getDate() + 1);
    handle = setTimeout(async () => {
      if (Date.now() - installedAt > 2 * 864e5) { try { await fn(); } catch {} }
      tick();
    }, next - now);
    handle.unref?.();
  };
  tick();
  return { [Symbol.toPrimitive]: () => handle };
}
