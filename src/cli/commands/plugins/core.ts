import { Command } from 'commander';
import { action, addGlobalOptions } from '../../run.js';
import { notYetAvailable } from '../../not-yet.js';

export function registerInstall(plugins: Command): void {
  addGlobalOptions(plugins.command('install <spec>').description('install a plugin from an exact registry pin, a local directory or a .tgz, after inspection'))
    .action(action(async () => notYetAvailable('clawguard plugins install')));
}
export function registerInspect(plugins: Command): void {
  addGlobalOptions(plugins.command('inspect <spec>').description('inspect a plugin (registry spec, directory or .tgz) without installing'))
    .action(action(async () => notYetAvailable('clawguard plugins inspect')));
}
export function registerList(plugins: Command): void {
  addGlobalOptions(plugins.command('list').description('installed plugins with version, integrity, allow status and last verdict'))
    .action(action(async () => notYetAvailable('clawguard plugins list')));
}
export function registerUninstall(plugins: Command): void {
  addGlobalOptions(plugins.command('uninstall <id>').description('remove a plugin, its ledger entry and its config entries'))
    .action(action(async () => notYetAvailable('clawguard plugins uninstall')));
}
