import type { Suppression } from '../../inspect/index.js';
import type { PolicyRequest } from './protocol.js';
import type { InspectionService } from '../../engine/index.js';

/** What every stage gets: the request, the inspection service, the time budget and the npm settings. */
export interface StageContext {
  request: PolicyRequest;
  /** The inspection service (src/engine): its cache is shared with every other caller. */
  engine: InspectionService;
  /** Epoch ms by which the stage must have answered (OpenClaw kills the policy at its timeoutMs). */
  deadline: number;
  /** `--registry` given to the policy command; otherwise the npm configuration of the passed-through HOME. */
  registry?: string;
  /** Minimum release age in days for npm versions (0 turns the check off). */
  minReleaseAgeDays: number;
  /** The operator's reviewed suppressions (`<state>/clawguard/suppressions.json5`). */
  suppressions: readonly Suppression[];
  /** Logs go to stderr only: stdout carries exactly one JSON response. */
  log(message: string): void;
}

/** Thrown when the time budget runs out; the results inspected so far stay cached for the retry. */
export class DeadlineExceeded extends Error {
  constructor(readonly done: number, readonly total: number) {
    super(`inspection did not finish in time (${done} of ${total} packages inspected)`);
  }
}

export function checkDeadline(ctx: StageContext, done: number, total: number): void {
  if (Date.now() > ctx.deadline) throw new DeadlineExceeded(done, total);
}
