import { spawnSync } from 'node:child_process';
import { load, save, expand, configPath } from './config.js';
export { schedule, unschedule } from './schedule.js';

export function init({ repo, paths, exclude = ['node_modules', '.cache'], passwordCommand }) {
  if (!repo || !paths?.length) throw new Error('need --repo and at least one --path');
  save({ repo, paths: paths.map(expand), exclude, passwordCommand, keep: { daily: 7, weekly: 4, monthly: 6 } });
  return configPath;
}

function restic(cfg, args) {
  const env = { ...process.env, RESTIC_REPOSITORY: cfg.repo };
  if (cfg.passwordCommand) env.RESTIC_PASSWORD_COMMAND = cfg.passwordCommand;
  const r = spawnSync('restic', args, { stdio: 'inherit', env });
  if (r.error) throw new Error('restic not found on PATH');
  if (r.status !== 0) throw new Error(`restic ${args[0]} exited ${r.status}`);
}

export function run() {
  const cfg = load();
  restic(cfg, ['backup', '--tag', 'nightshift', ...cfg.exclude.flatMap((e) => ['--exclude', e]), ...cfg.paths]);
  const k = cfg.keep;
  restic(cfg, ['forget', '--tag', 'nightshift', '--prune', '--keep-daily', String(k.daily), '--keep-weekly', String(k.weekly), '--keep-monthly', String(k.monthly)]);
}
