import { Command, Option } from 'commander';
import { ClawguardError, exitCodeFor } from '../core/errors.js';
import { log } from '../core/log.js';
import { resolveStatePaths, type StatePaths } from '../core/state.js';
import path from 'node:path';
// The module itself, not the inspect barrel: that pulls in the parsers, and `gateway check` imports this file.
import { loadSuppressions, type Suppression } from '../inspect/suppressions.js';

/** Options every command takes (contract: --json, --state-dir, --config, --registry). */
export interface GlobalOptions {
  json?: boolean;
  stateDir?: string;
  config?: string;
  registry?: string;
}

export function addGlobalOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'machine output on stdout (logs stay on stderr)')
    .option('--state-dir <dir>', 'OpenClaw state dir (default: $OPENCLAW_STATE_DIR, dirname $OPENCLAW_CONFIG_PATH, ~/.openclaw)')
    .option('--config <file>', 'OpenClaw config file (default: $OPENCLAW_CONFIG_PATH or <state dir>/openclaw.json)')
    .option('--registry <url>', 'npm registry (default: your npm configuration)');
}

export function statePathsOf(opts: GlobalOptions): StatePaths {
  return resolveStatePaths({ stateDir: opts.stateDir, config: opts.config });
}

/** `--suppressions FILE` on the commands that inspect (plugins install|inspect|update, skills scan|watch, audit, policy). */
export function addSuppressionsOption(cmd: Command): Command {
  return cmd.option('--suppressions <file>', 'reviewed suppressions (JSON5; default: <state dir>/clawguard/suppressions.json5 when it exists)');
}

/**
 * The suppressions a command applies: an explicit `--suppressions FILE` must exist and parse (exit 2 otherwise);
 * the default `<state dir>/clawguard/suppressions.json5` applies when present.
 */
export function suppressionsOf(opts: GlobalOptions & { suppressions?: string }, paths: StatePaths = statePathsOf(opts)): Suppression[] {
  return opts.suppressions ? loadSuppressions(path.resolve(opts.suppressions), { required: true }) : loadSuppressions(paths.suppressionsPath);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Wrap a command action: the action returns its exit code (0 or 1 for a policy refusal it reported itself);
 * thrown errors are mapped to exit codes here and nowhere else.
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<number | void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    // commander passes the Command as the last argument; find our merged options on it.
    const cmd = args[args.length - 1] as Command;
    const opts = (cmd?.optsWithGlobals?.() ?? {}) as GlobalOptions;
    try {
      const code = await fn(...args);
      process.exitCode = code ?? 0;
    } catch (err) {
      reportError(err, opts.json === true);
      process.exitCode = exitCodeFor(err);
    }
  };
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

export { Command, Option };
