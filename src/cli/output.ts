/**
 * What every command shares without the argument parser: state paths from the global flags, JSON output, and
 * the one place thrown errors become a message and an exit code. The commander layer (run.ts) and the fast
 * launcher (launcher.ts) both use it, so a command answers the same through either door.
 */
import path from 'node:path';
import { ClawguardError, EXIT, exitCodeFor } from '../core/errors.js';
import { log } from '../core/log.js';
import { writeAll } from '../core/write.js';
import { resolveStatePaths, type StatePaths } from '../core/state.js';
// The module itself, not the inspect barrel: that pulls in the parsers, and `gateway check` imports this file.
import { loadSuppressions, type Suppression } from '../inspect/suppressions.js';

/** Options every command takes (contract: --json, --state-dir, --config, --registry). */
export interface GlobalOptions {
  json?: boolean;
  stateDir?: string;
  config?: string;
  registry?: string;
}

export function statePathsOf(opts: GlobalOptions): StatePaths {
  return resolveStatePaths({ stateDir: opts.stateDir, config: opts.config });
}

/**
 * The suppressions a command applies: an explicit `--suppressions FILE` must exist and parse (exit 2 otherwise);
 * the default `<state dir>/clawguard/suppressions.json5` applies when present.
 */
export function suppressionsOf(opts: GlobalOptions & { suppressions?: string }, paths: StatePaths = statePathsOf(opts)): Suppression[] {
  return opts.suppressions ? loadSuppressions(path.resolve(opts.suppressions), { required: true }) : loadSuppressions(paths.suppressionsPath);
}

export function printJson(value: unknown): void {
  writeStdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** A command's answer on stdout, with write(2) (src/core/write.ts). */
export function writeStdout(text: string): void {
  writeAll(1, text);
}

/**
 * An error nothing caught (an emitter, a stray promise) is an operational failure (exit 3), never a policy
 * refusal: exit 1 is reserved for "refused by policy" (shared/CONTRACT.md). Both doors install it (main.ts and
 * the launcher; the policy answers its own failures as a block).
 */
export function crashHandler(err: unknown): never {
  log.error(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(EXIT.operational);
}

export function installCrashHandlers(): void {
  process.on('uncaughtException', crashHandler);
  process.on('unhandledRejection', crashHandler);
}

/** Run a command body: its return is the exit code (0, or 1 for a refusal it reported); a throw is mapped here. */
export async function runCommand(fn: () => Promise<number | void>, json: boolean): Promise<void> {
  try {
    const code = await fn();
    process.exitCode = code ?? 0;
  } catch (err) {
    reportError(err, json);
    process.exitCode = exitCodeFor(err);
  }
}

export function reportError(err: unknown, json: boolean): void {
  if (err instanceof ClawguardError) {
    log.error(err.message);
    if (err.hint) process.stderr.write(`  fix: ${err.hint}\n`);
    if (json) {
      printJson({ error: { code: err.code, message: err.message, hint: err.hint, ...(err.detail ? { detail: err.detail } : {}) } });
    }
    return;
  }
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  log.error(`unexpected failure: ${message}`);
  if (json) printJson({ error: { code: 'EUNEXPECTED', message: err instanceof Error ? err.message : String(err) } });
}
