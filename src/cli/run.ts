import { Command, Option } from 'commander';
import { runCommand, type GlobalOptions } from './output.js';

export { printJson, reportError, statePathsOf, suppressionsOf, type GlobalOptions } from './output.js';

export function addGlobalOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'machine output on stdout (logs stay on stderr)')
    .option('--state-dir <dir>', 'OpenClaw state dir (default: $OPENCLAW_STATE_DIR, dirname $OPENCLAW_CONFIG_PATH, ~/.openclaw)')
    .option('--config <file>', 'OpenClaw config file (default: $OPENCLAW_CONFIG_PATH or <state dir>/openclaw.json)')
    .option('--registry <url>', 'npm registry (default: your npm configuration)');
}

/** `--suppressions FILE` on the commands that inspect (plugins install|inspect|update, skills scan|watch, audit, policy). */
export function addSuppressionsOption(cmd: Command): Command {
  return cmd.option('--suppressions <file>', 'reviewed suppressions (JSON5; default: <state dir>/clawguard/suppressions.json5 when it exists)');
}

/**
 * Wrap a command action: the action returns its exit code (0 or 1 for a policy refusal it reported itself);
 * thrown errors are mapped to exit codes in output.ts and nowhere else.
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<number | void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    // commander passes the Command as the last argument; find our merged options on it.
    const cmd = args[args.length - 1] as Command;
    const opts = (cmd?.optsWithGlobals?.() ?? {}) as GlobalOptions;
    await runCommand(() => fn(...args), opts.json === true);
  };
}

export { Command, Option };
