import { Command } from 'commander';
import { action, addGlobalOptions } from '../run.js';
import { notYetAvailable } from '../not-yet.js';

export function registerSkills(program: Command): void {
  const skills = program.command('skills').description('scan and watch OpenClaw skill folders');
  addGlobalOptions(skills.command('scan <dir...>').description('inspect skill folders')).action(action(async () => notYetAvailable('clawguard skills scan')));
  addGlobalOptions(skills.command('watch').description("watch OpenClaw's skill roots and quarantine blocked skills")).action(action(async () => notYetAvailable('clawguard skills watch')));
  addGlobalOptions(skills.command('restore <name>').description('bring a quarantined skill back after a fresh scan')).action(action(async () => notYetAvailable('clawguard skills restore')));
}
