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
import nodeModule from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCacheDir, requireBundle } from './code-cache.js';
import { parseFastArgs } from './fast-args.js';
import { FAST_COMMAND_FLAGS, fastSpecOf, type FastCommandName } from './flags.js';
import { crashHandler, installCrashHandlers } from './output.js';

/**
 * Node 22.1+ keeps a compile cache of its own for every module it loads (the ES modules of the engine and the full
 * CLI, the packages they require): turned on here, beside the bundles' cache (code-cache.ts), which also serves
 * Node 20, where this does not exist. Node keys its entries by the module's content.
 */
function enableNodeCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  const dir = typeof enable === 'function' ? codeCacheDir() : undefined;
  if (!dir) return;
  try {
    enable!(path.join(dir, 'node'));
  } catch {
    // a cache Node cannot use is no cache
  }
}

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

/**
 * One bundle per command (scripts/build-launcher.mjs), so a process compiles only the code it runs, and from
 * V8's code cache when an earlier process left one (code-cache.ts).
 */
function fastCommand(name: 'gateway' | 'policy' | 'skills'): FastCommand {
  return requireBundle(fileURLToPath(new URL(`./fast/${name}.cjs`, import.meta.url)), (url) => import(url)) as FastCommand;
}

enableNodeCompileCache();
fast(process.argv.slice(2))
  .then(async (answered) => {
    if (!answered) await import('./main.js');
  })
  .catch(crashHandler);
