import { Command } from 'commander';
import { action, addGlobalOptions } from '../run.js';
import { notYetAvailable } from '../not-yet.js';

export function registerPlugins(program: Command): void {
  const plugins = program.command('plugins').description('install, inspect and manage OpenClaw plugins');
  for (const [name, desc] of [
    ['install <spec>', 'install a plugin from an exact registry pin, a local directory or a .tgz, after inspection'],
    ['inspect <spec>', 'inspect a plugin (registry spec, directory or .tgz) without installing'],
    ['list', 'list installed plugins with version, integrity, allow status and last verdict'],
    ['update <id> [version]', 'update an installed plugin to an exact version, with a diff against the installed one'],
    ['uninstall <id>', 'remove a plugin, its ledger entry and its config entries'],
    ['approve-scripts <id>', 'approve the lifecycle scripts shown in a plugin report'],
    ['adopt <id>', 'inspect a plugin OpenClaw installed itself and record it in the ledger'],
    ['restore <id>', 'undo a quarantine after a fresh check passes'],
  ] as const) {
    addGlobalOptions(plugins.command(name).description(desc)).action(action(async () => notYetAvailable(`clawguard plugins ${name.split(' ')[0]}`)));
  }
}
