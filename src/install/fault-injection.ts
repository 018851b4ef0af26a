/**
 * Crash-safety is a promise about what happens when clawguard is killed at the worst moment; the only
 * way to test it deterministically is to stop at that moment. With CLAWGUARD_FAULT_PAUSE=<point> the
 * process announces the point on stderr and stops itself (SIGSTOP), so a test can SIGKILL it exactly there.
 * Points: after-unpack (staging filled, nothing committed), after-swap (new directory in place, ledger
 * and config not yet written). Unset in normal use: a no-op.
 */
export type FaultPoint = 'after-unpack' | 'after-swap';

export function faultPoint(point: FaultPoint): void {
  if (process.env.CLAWGUARD_FAULT_PAUSE !== point) return;
  process.stderr.write(`clawguard: paused at ${point} (CLAWGUARD_FAULT_PAUSE)\n`);
  process.kill(process.pid, 'SIGSTOP');
}
