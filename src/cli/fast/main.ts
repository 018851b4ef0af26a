/**
 * The fast door's own half of the launcher (src/cli/launcher.ts), bundled into each fast command's bundle so it
 * compiles from the code cache with it: it takes the command line only when it understands it completely (known
 * flags, well-formed values). Anything else (help, an unknown or malformed flag, a flag only the full CLI
 * implements) goes to the full CLI (main.ts, commander), which parses it and reports errors exactly as it
 * always did; the same command bodies run behind both doors.
 */
import { parseFastArgs } from '../fast-args.js';
import { fastSpecOf, type FastCommandName } from '../flags.js';
import { crashHandler, installCrashHandlers } from '../output.js';

/** The command body: its options as the flag table parses them (the same names and values commander gives). */
export type FastRun<O> = (opts: O, positionals: string[]) => Promise<void>;

export function fastMain<O>(command: FastCommandName, run: FastRun<O>): (argv: readonly string[]) => Promise<void> {
  return (argv) => answer(command, run, argv).catch(crashHandler);
}

async function answer<O>(command: FastCommandName, run: FastRun<O>, argv: readonly string[]): Promise<void> {
  // The flags commander registers for the command (flags.ts), less those only the full CLI implements.
  const parsed = parseFastArgs(argv.slice(command.split(' ').length), fastSpecOf(command));
  if (!parsed) {
    await import('../main.js');
    return;
  }
  // The policy answers every failure itself (a block, exit 0) and installs its own last-resort handlers.
  if (command !== 'policy') installCrashHandlers();
  await run(parsed.opts as O, parsed.positionals);
}
