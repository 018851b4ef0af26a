/**
 * The `clawguard` executable. Built into one CommonJS file (dist/cli/clawguard.cjs, scripts/build-launcher.mjs)
 * so the commands that run on every gateway start, every OpenClaw install and every skill change answer at
 * close to the cost of starting Node:
 *
 *   gateway check …        bundled: the check, its config/ledger readers and renderers
 *   policy …               bundled up to the request: the doctor probe answers here; a real request loads
 *                          the engine and the stages as ES modules, as before
 *   skills scan <dir…>     bundled up to the result cache: a hit answers here, a miss loads the engine
 *   --version
 *
 * It only takes a command line it understands completely (known flags, well-formed values). Anything else
 * (help, another command, an unknown or malformed flag) goes to the full CLI (main.ts, commander), which
 * parses it and reports errors exactly as it always did; the same command bodies run behind both doors.
 */
import { createRequire } from 'node:module';
import { parseFastArgs } from './fast-args.js';
import { FAST_COMMAND_FLAGS, fastSpecOf, type FastCommandName } from './flags.js';
import { crashHandler, installCrashHandlers } from './output.js';

async function fast(argv: readonly string[]): Promise<boolean> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    // Loaded here, not with the launcher: the fast commands' bundles read package.json for themselves.
    process.stdout.write(`${(await import('../core/version.js')).TOOL_VERSION}\n`);
    return true;
  }
  const command = argv[0] === 'policy' ? 'policy' : `${argv[0]} ${argv[1]}`;
  if (!Object.hasOwn(FAST_COMMAND_FLAGS, command)) return false;
  // The flags commander registers for the command (flags.ts), less those only the full CLI implements.
  const parsed = parseFastArgs(argv.slice(command.split(' ').length), fastSpecOf(command as FastCommandName));
  if (!parsed) return false;
  // The policy answers every failure itself (a block, exit 0) and installs its own last-resort handlers.
  if (command !== 'policy') installCrashHandlers();
  await fastCommand(command === 'policy' ? 'policy' : command === 'gateway check' ? 'gateway' : 'skills').run(parsed.opts, parsed.positionals);
  return true;
}

interface FastCommand {
  run(opts: Record<string, unknown>, positionals: string[]): Promise<void>;
}

/** One bundle per command (scripts/build-launcher.mjs), so a process compiles only the code it runs. */
function fastCommand(name: 'gateway' | 'policy' | 'skills'): FastCommand {
  return createRequire(import.meta.url)(`./fast/${name}.cjs`) as FastCommand;
}

fast(process.argv.slice(2))
  .then(async (answered) => {
    if (!answered) await import('./main.js');
  })
  .catch(crashHandler);
