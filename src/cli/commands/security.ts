import { Command } from 'commander';
import { action, addGlobalOptions } from '../run.js';
import { notYetAvailable } from '../not-yet.js';

export function registerSecurity(program: Command): void {
  const security = program.command('security').description('security audit of plugins, skills and the state dir');
  addGlobalOptions(security.command('audit').description('the plugin and skill part of `openclaw security audit`')).action(action(async () => notYetAvailable('clawguard security audit')));
}
