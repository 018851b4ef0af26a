#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from '../core/version.js';
import { EXIT } from '../core/errors.js';
import { log } from '../core/log.js';
import { addExamples } from './help.js';
import { installCrashHandlers } from './output.js';

/**
 * Command groups, loaded on demand: `clawguard policy` (OpenClaw's install hook, under a 10 s budget) and
 * `clawguard gateway check` (run before every gateway start) must not pay for loading the installer, the
 * watcher and the report renderers, nor fail because an unrelated module does.
 */
const GROUPS: Record<string, () => Promise<(program: Command) => void>> = {
  plugins: async () => (await import('./commands/plugins.js')).registerPlugins,
  gateway: async () => (await import('./commands/gateway.js')).registerGateway,
  skills: async () => (await import('./commands/skills.js')).registerSkills,
  security: async () => (await import('./commands/security.js')).registerSecurity,
  policy: async () => (await import('./commands/policy.js')).registerPolicy,
  status: async () => (await import('./commands/status.js')).registerStatus,
};

/** The CLI is a thin layer over the library (src/index.ts): parse flags, call, print, map errors to exit codes. */
export async function buildProgram(argv: readonly string[] = process.argv): Promise<Command> {
  const program = new Command('clawguard')
    .description('Supply-chain guard for OpenClaw plugins and skills')
    .version(TOOL_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const first = argv.slice(2).find((arg) => !arg.startsWith('-'));
  // A known group loads alone; anything else (help, a typo) loads all so help and errors list every command.
  const wanted = first !== undefined && first in GROUPS ? [first] : Object.keys(GROUPS);
  for (const name of wanted) (await GROUPS[name]())(program);
  addExamples(program);
  return program;
}

async function main(): Promise<void> {
  const program = await buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help / --version exit 0; every other parse problem (unknown flag, missing argument) is bad input.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        process.exitCode = EXIT.ok;
      } else {
        process.exitCode = EXIT.input;
        // --json promises a machine answer on stdout: a parse error is the same {error} object as any other.
        if (process.argv.includes('--json')) {
          const message = err.message.replace(/^error: /, '');
          process.stdout.write(`${JSON.stringify({ error: { code: 'EFLAGS', message, hint: 'run with --help for usage' } }, null, 2)}\n`);
        }
      }
      return;
    }
    log.error(String(err));
    process.exitCode = EXIT.operational;
  }
}

installCrashHandlers();

await main();
