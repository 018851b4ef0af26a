import { Command } from 'commander';
import { action, addGlobalOptions } from '../run.js';
import { checkCommand, type CheckOptions } from '../gateway-check.js';

export function registerGateway(program: Command): void {
  const gateway = program.command('gateway').description('checks to run when the OpenClaw gateway starts');
  addGlobalOptions(gateway.command('check').description('refuse plugins that are not allowed, not recorded or changed since install'))
    .option('--deep', 're-hash every file instead of trusting an unchanged (size, mtime, ctime, inode) fingerprint')
    .option('--quarantine', 'rename each refused plugin directory to <name>.disabled (undo: clawguard plugins restore <id>)')
    .option('--openclaw-dir <dir>', 'OpenClaw installation whose bundled plugins to check (default: openclaw on PATH, $OPENCLAW_BUNDLED_PLUGINS_DIR)')
    .option('--workspace <dir>', 'agent workspace (default: agents.defaults.workspace, $OPENCLAW_WORKSPACE_DIR, <state dir>/workspace)')
    .action(action(async (opts: CheckOptions) => checkCommand(opts)));
}
