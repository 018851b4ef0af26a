import { execFileSync, spawnSync } from 'node:child_process';

export function out(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts }).trim();
}

export function step(dry, cmd, args, opts = {}) {
  const line = [cmd, ...args].map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ');
  if (dry) { console.log(`[dry-run] ${line}`); return; }
  console.log(`$ ${line}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} exited with ${r.status}`);
}
