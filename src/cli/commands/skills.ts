import { Command } from 'commander';
import { FAST_COMMAND_FLAGS, skillsFailOnFlag } from '../flags.js';
import { action, addFlags, addGlobalOptions, addSuppressionsOption, optionOf, printJson, statePathsOf, suppressionsOf, type GlobalOptions } from '../run.js';
import { refused, scanCommand, type ScanOptions } from '../skills-scan.js';
import { inputError, operationalError, policyError } from '../../core/errors.js';
import { log } from '../../core/log.js';
import { readOpenClawConfig } from '../../config/openclaw-config.js';
import { loadSuppressions } from '../../inspect/suppressions.js';
import { renderText } from '../../report/format.js';
import type { Severity } from '../../report/types.js';
import { SkillScanner } from '../../skills/scan.js';
import { resolveSkillRoots } from '../../skills/roots.js';
import { findQuarantined, releaseQuarantined } from '../../skills/quarantine.js';

const failOnOption = () => optionOf(skillsFailOnFlag());
const collect = (value: string, previous: string[] = []) => [...previous, value];

interface WatchOptions extends GlobalOptions {
  suppressions?: string;
  root?: string[];
  workspace?: string[];
  onlyRoots?: boolean;
  openclawDir?: string;
  quarantine: boolean;
  failOn: Severity;
  poll?: boolean;
}

async function watchCommand(opts: WatchOptions): Promise<number> {
  if (opts.onlyRoots && !opts.root?.length) throw inputError('EFLAGS', '--only-roots needs at least one --root DIR', { hint: 'add --root DIR, or drop --only-roots to watch OpenClaw\'s roots' });
  const paths = statePathsOf(opts);
  const config = readOpenClawConfig(paths.configPath).data;
  const roots = resolveSkillRoots({
    stateDir: paths.stateDir,
    config,
    workspaces: opts.workspace,
    roots: opts.root,
    onlyRoots: opts.onlyRoots,
    openclawDir: opts.openclawDir,
  });
  const scanner = new SkillScanner({ suppressions: suppressionsOf(opts, paths) });
  // Rule or suppression files that do not load are bad input (exit 2) before anything is watched.
  await scanner.warmUp();
  // The watcher (chokidar) loads only for `skills watch`: `skills scan` answers without it.
  const { watchSkills } = await import('../../skills/watch.js');
  const handle = watchSkills({ roots, quarantineDir: paths.quarantineDir, quarantine: opts.quarantine, failOn: opts.failOn, usePolling: opts.poll, scanner });
  handle.events.on('event', (e) => process.stdout.write(`${JSON.stringify(e)}\n`));
  let stopping = false;
  let failed: unknown;
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      stopping = true;
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void handle.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    handle.ready.catch((err) => {
      if (stopping) return;
      failed = err;
      stop();
    });
  });
  // A signal during the first scan ends the watcher too: ready then rejects, which is not a failure.
  handle.ready.then(
    (ready) => log.info(`watching ${ready.roots.filter((r) => r.exists).length} of ${ready.roots.length} skill roots (${ready.skills} skills); Ctrl-C stops`),
    () => undefined,
  );
  await stopped;
  if (failed) throw operationalError('EWATCH', `the skill watcher failed before it was ready: ${(failed as Error).message}`, { hint: 'check that the skill roots are readable, then start it again' });
  return 0;
}

interface RestoreOptions extends GlobalOptions {
  failOn: Severity;
}

async function restoreCommand(name: string, opts: RestoreOptions): Promise<number> {
  const paths = statePathsOf(opts);
  const entry = findQuarantined(paths.quarantineDir, name);
  // Fresh scan of what sits in quarantine now, with the current rules: the old verdict is not trusted either way.
  const { report } = await new SkillScanner({ suppressions: loadSuppressions(paths.suppressionsPath) }).scan({ name: entry.record.name, dir: entry.skillDir, root: entry.skillDir });
  if (refused([report], opts.failOn)) {
    // With --json the report travels in the error's detail: stdout carries exactly one JSON document.
    if (!opts.json) process.stdout.write(renderText(report));
    throw policyError('ESKILLBLOCKED', `${entry.record.name} still fails inspection (verdict ${report.verdict}); it stays in ${entry.skillDir}`, {
      hint: 'fix or delete the skill; restore only what a fresh scan passes',
      detail: { restored: false, id: entry.record.id, report },
    });
  }
  const target = releaseQuarantined(entry);
  if (opts.json) printJson({ restored: true, id: entry.record.id, dir: target, report });
  else log.info(`restored ${entry.record.name} to ${target} (verdict ${report.verdict})`);
  return 0;
}

export function registerSkills(program: Command): void {
  const skills = program.command('skills').description('scan and watch OpenClaw skill folders');
  // The flags are the launcher's too (flags.ts): one table for both doors.
  addFlags(skills.command('scan <dir...>').description('inspect skill folders (a folder with SKILL.md, or a folder of them)'), FAST_COMMAND_FLAGS['skills scan'])
    .action(action(async (dirs: string[], opts: ScanOptions) => scanCommand(dirs, opts)));
  addSuppressionsOption(addGlobalOptions(skills.command('watch').description("watch OpenClaw's skill roots, print one JSON line per event, quarantine blocked skills")))
    .option('--root <dir>', 'watch this skill root too (repeatable)', collect)
    .option('--workspace <dir>', 'agent workspace whose skills/ and .agents/skills are roots (repeatable; replaces the configured one)', collect)
    .option('--only-roots', 'watch only the --root dirs, nothing discovered')
    .option('--openclaw-dir <dir>', 'OpenClaw install whose bundled skills/ to watch (default: the openclaw on PATH)')
    .option('--no-quarantine', 'report blocked skills but leave them in place')
    .option('--poll', 'poll instead of native watching (network filesystems)')
    .addOption(failOnOption())
    .action(action(async (opts: WatchOptions) => watchCommand(opts)));
  addGlobalOptions(skills.command('restore <name>').description('bring a quarantined skill back after a fresh scan passes'))
    .addOption(failOnOption())
    .action(action(async (name: string, opts: RestoreOptions) => restoreCommand(name, opts)));
}
