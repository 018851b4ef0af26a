/**
 * Ctrl-C during a command that changes the state dir: stop at the next safe point instead of dying half
 * way. The pipeline checks in at every progress call; the first SIGINT makes that check throw, so the
 * command unwinds through its own rollback (staging removed, journal replayed, lock released) and the CLI
 * says what was left unchanged and exits 130. A second Ctrl-C exits at once: the journal and the stale
 * lock are then cleaned up by the next clawguard command.
 */
import { log } from '../core/log.js';

export const EXIT_INTERRUPTED = 130;

export class Interrupted extends Error {
  constructor() {
    super('interrupted (Ctrl-C)');
    this.name = 'Interrupted';
  }
}

export interface InterruptGuard {
  readonly interrupted: boolean;
  /** Throws Interrupted once a SIGINT arrived. */
  check(): void;
  /** Treat as a SIGINT (Ctrl-C at a prompt). */
  trigger(): void;
  dispose(): void;
}

export function guardInterrupts(beforeMessage: () => void = () => {}): InterruptGuard {
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) {
      beforeMessage();
      process.stderr.write('\nstopped at once: the next clawguard command rolls back anything half done\n');
      process.exit(EXIT_INTERRUPTED);
    }
    interrupted = true;
    beforeMessage();
    log.warn('interrupted: stopping at the next safe point and undoing what this command started (Ctrl-C again to stop at once)');
  };
  process.on('SIGINT', onSignal);
  return {
    get interrupted() {
      return interrupted;
    },
    check() {
      if (interrupted) throw new Interrupted();
    },
    trigger: onSignal,
    dispose() {
      process.off('SIGINT', onSignal);
    },
  };
}
