import { Command, Option } from 'commander';
import { action, addGlobalOptions, addSuppressionsOption, printJson, statePathsOf, suppressionsOf, type GlobalOptions } from '../../run.js';
import { ClawguardError, exitCodeFor } from '../../../core/errors.js';
import { log } from '../../../core/log.js';
import { parseMinReleaseAge } from '../../../fetch/release-age.js';
import { SEVERITIES, type Report, type Severity } from '../../../report/types.js';
import { parseCountFlag, parseSizeFlag } from '../../../unpack/limits.js';
import { progressView } from '../../progress.js';
import { guardInterrupts } from '../../interrupt.js';
import { reportInterrupted } from './core.js';

interface UpdateFlags extends GlobalOptions {
  failOn: Severity;
  yes?: boolean;
  minReleaseAge?: string;
  allowScripts?: boolean;
  requireProvenance?: boolean;
  maxUnpackedSize?: string;
  maxEntries?: string;
  suppressions?: string;
}

async function emit(report: Report, opts: GlobalOptions, extra: Record<string, unknown> = {}): Promise<void> {
  if (opts.json) printJson({ ...report, ...extra });
  else process.stdout.write((await import('../../../report/format.js')).renderText(report));
}

async function updateCommand(id: string, version: string | undefined, opts: UpdateFlags): Promise<number> {
  if (!version) {
    log.error(`plugins update needs the exact version to update ${id} to`);
    process.stderr.write(`  fix: clawguard plugins update ${id} <x.y.z> (npm view <package> versions lists them)\n`);
    return 2;
  }
  // Loaded when the command runs (with the tree stage and the registry client): registering `plugins`
  // for another subcommand (`plugins inspect <dir>`) must not pay for them.
  const { updatePlugin } = await import('../../../tree/update.js');
  const view = progressView(opts, () => guard.check());
  const guard = guardInterrupts(() => view.stop());
  try {
    const result = await updatePlugin(id, version, {
      stateDir: opts.stateDir,
      config: opts.config,
      registry: opts.registry,
      failOn: opts.failOn,
      minReleaseAgeDays: parseMinReleaseAge(opts.minReleaseAge),
      allowScripts: opts.allowScripts === true,
      requireProvenance: opts.requireProvenance === true,
      limits: {
        ...(opts.maxUnpackedSize !== undefined ? { maxUnpackedBytes: parseSizeFlag(opts.maxUnpackedSize) } : {}),
        ...(opts.maxEntries !== undefined ? { maxEntries: parseCountFlag(opts.maxEntries) } : {}),
      },
      suppressions: suppressionsOf(opts),
      onProgress: view.onProgress,
    });
    view.stop();
    await emit(result.report, opts, { install: { pluginId: result.entry.pluginId, dir: result.dir, replaced: result.replaced } });
    log.info(`updated ${id} to ${result.entry.name}@${result.entry.version} in ${result.dir}`);
    return guard.interrupted ? reportInterrupted(statePathsOf(opts).configPath, true) : 0;
  } catch (err) {
    view.stop();
    if (guard.interrupted) return reportInterrupted(statePathsOf(opts).configPath, false);
    // A refusal carries the report (with its update section): show it, then the reason.
    const report = err instanceof ClawguardError ? (err.detail?.report as Report | undefined) : undefined;
    if (!report) throw err;
    const e = err as ClawguardError;
    await emit(report, opts, { error: { code: e.code, message: e.message, hint: e.hint } });
    log.error(e.message);
    if (e.hint) process.stderr.write(`  fix: ${e.hint}\n`);
    return exitCodeFor(err);
  } finally {
    view.stop();
    guard.dispose();
  }
}

export function registerUpdate(plugins: Command): void {
  addSuppressionsOption(addGlobalOptions(plugins.command('update <id> [version]').description('update an installed plugin to an exact version, with a diff against the installed one')))
    .addOption(new Option('--fail-on <severity>', 'refuse (exit 1) when a finding reaches this severity').choices([...SEVERITIES]).default('critical'))
    .option('--yes', 'do not ask for confirmation')
    .option('--min-release-age <days>', 'refuse packages of the tree published less than this many days ago (0 turns the gate off)', '1')
    .option('--allow-scripts', "run the tree's lifecycle scripts after showing them (one-shot approval)")
    .option('--require-provenance', 'refuse when the plugin or any package of its tree has no provenance attestation')
    .option('--max-unpacked-size <size>', 'largest unpacked package accepted (default 200MiB)')
    .option('--max-entries <n>', 'most archive entries accepted (default 20000)')
    .action(action(async (id: string, version: string | undefined, opts: UpdateFlags) => updateCommand(id, version, opts)));
}

interface ApproveFlags extends GlobalOptions {
  package?: string;
  all?: boolean;
}

export function registerApproveScripts(plugins: Command): void {
  addGlobalOptions(plugins.command('approve-scripts <id>').description('approve the lifecycle scripts shown in a plugin report (by exact command text)'))
    .option('--package <name@version>', "approve only this package's scripts")
    .option('--all', 'approve every script the report showed')
    .action(
      action(async (id: string, opts: ApproveFlags) => {
        const { approvePluginScripts } = await import('../../../tree/approve.js');
        const result = await approvePluginScripts(id, { stateDir: opts.stateDir, config: opts.config, package: opts.package, all: opts.all === true });
        if (opts.json) printJson(result);
        else {
          for (const a of result.approved) process.stdout.write(`approved ${a.package} ${a.event} (sha256 ${a.sha256.slice(0, 12)}…): ${a.command}\n`);
          if (result.alreadyApproved > 0) process.stdout.write(`${result.alreadyApproved} script(s) were already approved\n`);
          process.stdout.write(`run them with: ${result.next}\n`);
        }
        return 0;
      }),
    );
}
