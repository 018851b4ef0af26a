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
import { EXIT } from '../core/errors.js';
import { log } from '../core/log.js';
import { TOOL_VERSION } from '../core/version.js';
import { SEVERITIES } from '../report/types.js';
import { parseFastArgs, type FastSpec } from './fast-args.js';

const GLOBAL_VALUES = ['state-dir', 'config', 'registry'];

const SPECS: Record<string, FastSpec> = {
  'gateway check': { booleans: ['json', 'deep', 'quarantine'], values: [...GLOBAL_VALUES, 'openclaw-dir', 'workspace'], positionals: 'none' },
  policy: { booleans: ['json'], values: [...GLOBAL_VALUES, 'min-release-age', 'time-budget', 'suppressions'], positionals: 'none' },
  'skills scan': {
    booleans: ['json', 'sarif'],
    values: [...GLOBAL_VALUES, 'suppressions', 'html', 'fail-on'],
    positionals: 'some',
    defaults: { failOn: 'critical' },
    choices: { failOn: SEVERITIES },
  },
};

async function fast(argv: readonly string[]): Promise<boolean> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return true;
  }
  const command = argv[0] === 'policy' ? 'policy' : `${argv[0]} ${argv[1]}`;
  if (!Object.hasOwn(SPECS, command)) return false;
  const parsed = parseFastArgs(argv.slice(command.split(' ').length), SPECS[command]);
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

/** As main.ts: an error nothing caught is an operational failure (exit 3), never "refused by policy" (1). */
function installCrashHandlers(): void {
  const crash = (err: unknown): void => {
    log.error(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(EXIT.operational);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

fast(process.argv.slice(2))
  .then(async (answered) => {
    if (!answered) await import('./main.js');
  })
  .catch((err: unknown) => {
    log.error(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(EXIT.operational);
  });
