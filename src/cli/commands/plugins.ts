import { Command } from 'commander';
import { registerInstall, registerInspect, registerList, registerUninstall } from './plugins/core.js';
import { registerUpdate, registerApproveScripts } from './plugins/tree.js';
import { registerAdopt, registerRestore } from './plugins/gateway.js';

/** `clawguard plugins …`: each subcommand lives with the stage of the pipeline it drives. */
export function registerPlugins(program: Command): void {
  const plugins = program.command('plugins').description('install, inspect and manage OpenClaw plugins');
  registerInstall(plugins);
  registerInspect(plugins);
  registerList(plugins);
  registerUpdate(plugins);
  registerUninstall(plugins);
  registerApproveScripts(plugins);
  registerAdopt(plugins);
  registerRestore(plugins);
}
