import { Command } from 'commander';
import { action, addGlobalOptions } from '../../run.js';
import { notYetAvailable } from '../../not-yet.js';

export function registerUpdate(plugins: Command): void {
  addGlobalOptions(plugins.command('update <id> [version]').description('update an installed plugin to an exact version, with a diff against the installed one'))
    .action(action(async () => notYetAvailable('clawguard plugins update')));
}
export function registerApproveScripts(plugins: Command): void {
  addGlobalOptions(plugins.command('approve-scripts <id>').description('approve the lifecycle scripts shown in a plugin report'))
    .action(action(async () => notYetAvailable('clawguard plugins approve-scripts')));
}
