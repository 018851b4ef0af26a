import fs from 'node:fs';

/**
 * Crash-safety is a promise about what happens when clawguard is killed at the worst moment; the only
 * way to test it deterministically is to stop at that moment. Every mutating command names a fault point
 * between each two durable steps (a rename, a file written, a directory removed). One mechanism, three
 * switches, all unset (a no-op) in normal use:
 *
 * - `CLAWGUARD_FAULT_PAUSE=<point>`: announce the point on stderr and stop (SIGSTOP), so a test can look at
 *   the half-done state and SIGKILL the process exactly there.
 * - `CLAWGUARD_FAULT_KILL=<point>[#n]`: SIGKILL itself at the n-th time (default the first) it reaches the point.
 * - `CLAWGUARD_FAULT_TRACE=<file>`: append each point reached, one per line, so a test can enumerate them
 *   and then kill at each in turn.
 *
 * Point names read `<command or module>:<after what>`; the same name may be reached several times in one
 * command (every atomic write passes `atomic-write:temp-written`), hence `#n`.
 */
export type FaultPoint = string;

const hits = new Map<string, number>();

export function faultPoint(point: FaultPoint): void {
  const env = process.env;
  if (env.CLAWGUARD_FAULT_PAUSE === undefined && env.CLAWGUARD_FAULT_KILL === undefined && env.CLAWGUARD_FAULT_TRACE === undefined) return;
  const n = (hits.get(point) ?? 0) + 1;
  hits.set(point, n);
  if (env.CLAWGUARD_FAULT_TRACE) fs.appendFileSync(env.CLAWGUARD_FAULT_TRACE, `${point}#${n}\n`);
  if (env.CLAWGUARD_FAULT_PAUSE === point || env.CLAWGUARD_FAULT_PAUSE === `${point}#${n}`) {
    process.stderr.write(`clawguard: paused at ${point} (CLAWGUARD_FAULT_PAUSE)\n`);
    process.kill(process.pid, 'SIGSTOP');
  }
  const kill = env.CLAWGUARD_FAULT_KILL;
  if (kill === `${point}#${n}` || (kill === point && n === 1)) process.kill(process.pid, 'SIGKILL');
}
