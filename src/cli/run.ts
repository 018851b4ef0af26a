import { Command, Option } from 'commander';
import { GLOBAL_FLAGS, SUPPRESSIONS_FLAG, type FlagDef } from './flags.js';
import { runCommand, type GlobalOptions } from './output.js';

export { printJson, reportError, statePathsOf, suppressionsOf, type GlobalOptions } from './output.js';

/** A flag of the shared table (flags.ts) as a commander option. */
export function optionOf(def: FlagDef): Option {
  const option = new Option(def.flags, def.description);
  if (def.choices) option.choices([...def.choices]);
  if (def.default !== undefined) option.default(def.default);
  return option;
}

export function addFlags(cmd: Command, defs: readonly FlagDef[]): Command {
  for (const def of defs) cmd.addOption(optionOf(def));
  return cmd;
}

export function addGlobalOptions(cmd: Command): Command {
  return addFlags(cmd, GLOBAL_FLAGS);
}

/** `--suppressions FILE` on the commands that inspect (plugins install|inspect|update, skills scan|watch, audit, policy). */
export function addSuppressionsOption(cmd: Command): Command {
  return addFlags(cmd, [SUPPRESSIONS_FLAG]);
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
