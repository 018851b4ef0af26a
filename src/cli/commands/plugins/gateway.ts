import { Command } from 'commander';
import { action, addGlobalOptions } from '../../run.js';
import { notYetAvailable } from '../../not-yet.js';

export function registerAdopt(plugins: Command): void {
  addGlobalOptions(plugins.command('adopt <id>').description('inspect a plugin OpenClaw installed itself and record it in the ledger'))
    .action(action(async () => notYetAvailable('clawguard plugins adopt')));
}
export function registerRestore(plugins: Command): void {
  addGlobalOptions(plugins.command('restore <id>').description('undo a quarantine after a fresh check passes'))
    .action(action(async () => notYetAvailable('clawguard plugins restore')));
}
