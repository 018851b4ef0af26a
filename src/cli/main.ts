#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from '../core/version.js';
import { EXIT } from '../core/errors.js';
import { log } from '../core/log.js';
import { registerPlugins } from './commands/plugins.js';
import { registerGateway } from './commands/gateway.js';
import { registerSkills } from './commands/skills.js';
import { registerSecurity } from './commands/security.js';
import { registerPolicy } from './commands/policy.js';

/** The CLI is a thin layer over the library (src/index.ts): parse flags, call, print, map errors to exit codes. */
export function buildProgram(): Command {
  const program = new Command('clawguard')
    .description('Supply-chain guard for OpenClaw plugins and skills')
    .version(TOOL_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerPlugins(program);
  registerGateway(program);
  registerSkills(program);
  registerSecurity(program);
  registerPolicy(program);
  return program;
}

async function main(): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help / --version exit 0; every other parse problem (unknown flag, missing argument) is bad input.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        process.exitCode = EXIT.ok;
      } else {
        process.exitCode = EXIT.input;
      }
      return;
    }
    log.error(String(err));
    process.exitCode = EXIT.operational;
  }
}

await main();
