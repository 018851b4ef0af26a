import { Command } from 'commander';
import { FAST_COMMAND_FLAGS } from '../flags.js';
import { action, addFlags } from '../run.js';
import { checkCommand, type CheckOptions } from '../gateway-check.js';

export function registerGateway(program: Command): void {
  const gateway = program.command('gateway').description('checks to run when the OpenClaw gateway starts');
  // The flags are the launcher's too (flags.ts): one table for both doors.
  addFlags(gateway.command('check').description('refuse plugins that are not allowed, not recorded or changed since install'), FAST_COMMAND_FLAGS['gateway check'])
    .action(action(async (opts: CheckOptions) => checkCommand(opts)));
}
