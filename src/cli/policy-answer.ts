import { EXIT } from '../core/errors.js';
import { writeAll } from '../core/write.js';
import { failClosed } from '../openclaw/policy/respond.js';
import { runPolicy } from '../openclaw/policy/run-policy.js';
import type { PolicyResponse } from '../openclaw/policy/protocol.js';
import type { GlobalOptions } from './output.js';

export interface PolicyFlags extends GlobalOptions {
  printConfig?: boolean;
  minReleaseAge?: string;
  timeBudget?: string;
  suppressions?: string;
}

/** Write the one response and leave: background inspections past the deadline must not delay or change it. */
function answer(response: PolicyResponse): Promise<number> {
  return new Promise((resolve) => {
    writeAll(1, `${JSON.stringify(response)}\n`, () => {
      resolve(EXIT.ok);
      setImmediate(() => process.exit(EXIT.ok));
    });
  });
}

export async function policyCommand(flags: PolicyFlags): Promise<number> {
  // Whatever escapes below still ends as a `block` answer and exit 0: OpenClaw treats a crash as a failure.
  let answered = false;
  const once = (response: PolicyResponse) => {
    if (answered) return Promise.resolve(EXIT.ok);
    answered = true;
    return answer(response);
  };
  process.on('uncaughtException', (err) => void once(failClosed(`internal error: ${err.message}`)));
  process.on('unhandledRejection', (err) => void once(failClosed(`internal error: ${(err as Error)?.message ?? String(err)}`)));
  try {
    const response = await runPolicy({
      stateDir: flags.stateDir,
      config: flags.config,
      registry: flags.registry,
      minReleaseAge: flags.minReleaseAge,
      suppressions: flags.suppressions,
      timeBudgetMs: flags.timeBudget,
    });
    return await once(response);
  } catch (err) {
    return await once(failClosed(`internal error: ${(err as Error)?.message ?? String(err)}`));
  }
}

