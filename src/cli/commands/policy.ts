import { Command } from 'commander';
import { action, addGlobalOptions } from '../run.js';
import { notYetAvailable } from '../not-yet.js';

export function registerPolicy(program: Command): void {
  addGlobalOptions(program.command('policy').description("OpenClaw's install-policy command (security.installPolicy.exec), protocol 1")).action(action(async () => notYetAvailable('clawguard policy')));
}
