/**
 * `clawguard policy`: one protocol-1 exchange with OpenClaw. Read the request to EOF, evaluate it within the
 * time budget, answer with exactly one JSON object on stdout. Every path ends in an answer: a request we
 * cannot read, a stage that throws, a budget that runs out all become `block` with a reason. Exit status is
 * the caller's business (always 0): OpenClaw treats any other exit as a failure of the policy itself.
 */
import path from 'node:path';
import { resolveStatePaths } from '../../core/state.js';
import { writeAll } from '../../core/write.js';
import { parseMinReleaseAge } from '../../fetch/release-age.js';
import { parseRequest, type PolicyResponse } from './protocol.js';
import { readRequestText, readStdinText } from './read-request.js';
import { buildResponse, failClosed, type PolicyOutcome } from './respond.js';
import type { StageContext } from './stage-context.js';

/**
 * Without `--time-budget` (a hand-written config that kept OpenClaw's default timeoutMs of 10 s): answering by
 * 8.5 s leaves room for our own start-up and exit. It derives from OpenClaw's default, not from the printed
 * config, which raises timeoutMs from a measurement and passes its own budget (src/openclaw/print-config.ts).
 */
export const DEFAULT_TIME_BUDGET_MS = 8500;

export interface PolicyRunOptions {
  stateDir?: string;
  config?: string;
  registry?: string;
  minReleaseAge?: string;
  /** `--suppressions FILE`: must exist (else the answer is a fail-closed block); default <state>/clawguard/suppressions.json5. */
  suppressions?: string;
  timeBudgetMs?: string | number;
  stdin?: NodeJS.ReadableStream;
  env?: NodeJS.ProcessEnv;
  log?(message: string): void;
}

function budgetOf(raw: string | number | undefined): number {
  if (raw === undefined) return DEFAULT_TIME_BUDGET_MS;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 100) throw new Error(`--time-budget must be a number of milliseconds >= 100, not ${JSON.stringify(raw)}`);
  return Math.floor(n);
}

/** A stage stuck in one long call (a hung read) still cannot keep OpenClaw waiting past the budget. */
function withWatchdog(work: Promise<PolicyOutcome>, deadline: number, subject: string): Promise<PolicyOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<PolicyOutcome>((resolve) => {
    timer = setTimeout(
      () => resolve({ subject, findings: [], failure: 'inspection did not finish within the time budget (raise security.installPolicy.exec.timeoutMs and --time-budget)' }),
      Math.max(0, deadline - Date.now() + 250),
    );
    timer.unref();
  });
  return Promise.race([work, watchdog]).finally(() => clearTimeout(timer));
}

export async function runPolicy(options: PolicyRunOptions = {}): Promise<PolicyResponse> {
  const started = Date.now();
  const log = options.log ?? ((m: string) => writeAll(2, `clawguard policy: ${m}\n`));
  const text = options.stdin ? await readRequestText(options.stdin) : await readStdinText();
  if (!text.ok) return failClosed(text.problem);
  const parsed = parseRequest(text.text);
  if (!parsed.ok) return failClosed(parsed.problem);
  const request = parsed.request;
  // The doctor probe: answer at once, touch nothing (OpenClaw reports "Deep probe allowed the synthetic install request.").
  if (request.origin.type === 'doctor') return { protocolVersion: 1, decision: 'allow', reason: 'clawguard install policy is reachable' };

  // Loaded only for a real request: the doctor probe above answers without them.
  const [{ InspectionService }, { loadSuppressions }] = await Promise.all([import('../../engine/index.js'), import('../../inspect/suppressions.js')]);
  let ctx: StageContext;
  try {
    const paths = resolveStatePaths({ stateDir: options.stateDir, config: options.config, env: options.env ?? process.env });
    ctx = {
      request,
      // The result cache's location is the service's decision (src/engine/result-cache.ts), the same for every caller.
      engine: new InspectionService({ env: options.env ?? process.env }),
      deadline: started + budgetOf(options.timeBudgetMs),
      registry: options.registry,
      minReleaseAgeDays: parseMinReleaseAge(options.minReleaseAge),
      suppressions: options.suppressions ? loadSuppressions(path.resolve(options.suppressions), { required: true }) : loadSuppressions(paths.suppressionsPath),
      log,
    };
  } catch (err) {
    return failClosed(`the policy command is misconfigured: ${(err as Error).message}`);
  }
  // The stages (and through them the engine, npm's fetcher, the unpacker) load only for a real request: the
  // doctor probe above answers without them.
  const { evaluateRequest } = await import('./evaluate.js');
  const outcome = await withWatchdog(evaluateRequest(ctx), ctx.deadline, `${request.targetType} ${request.targetName}`);
  void ctx.engine.close();
  const response = buildResponse(request, outcome);
  log(
    `${request.request.kind}/${request.origin.type} ${request.targetName}: ${response.decision} (${outcome.findings.length} findings, ${Date.now() - started} ms, cache ${ctx.engine.cacheEnabled ? 'on' : 'off'})`,
  );
  return response;
}
