import { Command } from 'commander';
import { action, addGlobalOptions } from '../run.js';
import { notYetAvailable } from '../not-yet.js';

export function registerGateway(program: Command): void {
  const gateway = program.command('gateway').description('checks to run when the OpenClaw gateway starts');
  addGlobalOptions(gateway.command('check').description('refuse plugins that are not allowed, not recorded or changed since install'))
    .action(action(async () => notYetAvailable('clawguard gateway check')));
}
