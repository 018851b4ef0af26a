import { Command, Option } from 'commander';
import { action, addGlobalOptions, printJson, statePathsOf, type GlobalOptions } from '../../run.js';
import { log } from '../../../core/log.js';
import { SEVERITIES, type Severity } from '../../../report/types.js';

interface AdoptOptions extends GlobalOptions {
  force?: boolean;
  failOn: Severity;
  openclawDir?: string;
  workspace?: string;
}

// Imported when the command runs: `gateway check` start-up must not pay for the inspection engine.
async function adoptCommand(id: string, opts: AdoptOptions): Promise<number> {
  const { adoptPlugin } = await import('../../../gateway/adopt.js');
  const result = await adoptPlugin(id, { paths: statePathsOf(opts), force: opts.force, failOn: opts.failOn, openclawDir: opts.openclawDir, workspace: opts.workspace });
  if (opts.json) printJson({ schemaVersion: 1, adopted: result.recorded, id: result.id, dir: result.dir, manifestRoot: result.manifestRoot, files: result.files, report: result.report });
  else {
    process.stdout.write((await import('../../../report/format.js')).renderText(result.report));
    process.stdout.write(
      result.recorded
        ? `recorded ${result.id} (${result.files} files under ${result.manifestRoot}); clawguard gateway check verifies it from now on\n`
        : `NOT recorded: ${result.id} has findings at or above --fail-on ${opts.failOn}; gateway check keeps refusing it\n`,
    );
  }
  return result.recorded ? 0 : 1;
}

interface RestoreOptions extends GlobalOptions {
  openclawDir?: string;
  workspace?: string;
}

async function restoreCommand(id: string, opts: RestoreOptions): Promise<number> {
  const { restoreQuarantined } = await import('../../../gateway/quarantine.js');
  const result = await restoreQuarantined(id, { paths: statePathsOf(opts), openclawDir: opts.openclawDir, workspace: opts.workspace });
  if (opts.json) printJson({ schemaVersion: 1, id, restored: result.restored, from: result.from, to: result.to, check: result.check ? { status: result.check.status, reasons: result.check.reasons } : null });
  else if (result.restored) process.stdout.write(`restored ${id}: ${result.from} -> ${result.to} (fresh deep check passed)\n`);
  else {
    process.stdout.write(`NOT restored: ${id} would still be refused; it stays at ${result.from}\n`);
    for (const r of result.check?.reasons ?? []) process.stdout.write(`  ${r.code}: ${r.detail}\n`);
    if (result.check?.fix) process.stdout.write(`  fix: ${result.check.fix}\n`);
    log.info('run the fix, then `clawguard plugins restore` again');
  }
  return result.restored ? 0 : 1;
}

export function registerAdopt(plugins: Command): void {
  addGlobalOptions(plugins.command('adopt <id>').description('inspect a plugin OpenClaw installed itself and record it in the ledger'))
    .option('--force', 'record the files as they are now even if the plugin is already recorded')
    .addOption(new Option('--fail-on <severity>', 'refuse to record a plugin with a finding at or above this severity').choices([...SEVERITIES]).default('critical'))
    .option('--openclaw-dir <dir>', 'OpenClaw installation (bundled plugins)')
    .option('--workspace <dir>', 'agent workspace')
    .action(action(async (id: string, opts: AdoptOptions) => adoptCommand(id, opts)));
}
export function registerRestore(plugins: Command): void {
  addGlobalOptions(plugins.command('restore <id>').description('undo a quarantine after a fresh check passes'))
    .option('--openclaw-dir <dir>', 'OpenClaw installation (bundled plugins)')
    .option('--workspace <dir>', 'agent workspace')
    .action(action(async (id: string, opts: RestoreOptions) => restoreCommand(id, opts)));
}
