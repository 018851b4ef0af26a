import readline from 'node:readline/promises';
import type { Command } from 'commander';
import { action, addFlags, addGlobalOptions, printJson, statePathsOf, suppressionsOf, type GlobalOptions } from '../../run.js';
import { ClawguardError, exitCodeFor } from '../../../core/errors.js';
import { log } from '../../../core/log.js';
import type { Report } from '../../../report/types.js';
import { parseMinReleaseAge } from '../../../fetch/release-age.js';
import type { InstallResult, PluginList } from '../../../install/index.js';
import { emitReport } from '../../emit-report.js';
import { progressView } from '../../progress.js';
import { EXIT_INTERRUPTED, guardInterrupts, type InterruptGuard } from '../../interrupt.js';

import { checkOutputFlags, limitsOf, type ReportOutputOptions } from '../../report-flags.js';
import { PLUGIN_REPORT_FLAGS } from '../../flags.js';

interface InstallFlags extends ReportOutputOptions {
  yes?: boolean;
  force?: boolean;
  minReleaseAge?: string;
  allowScripts?: boolean;
  requireProvenance?: boolean;
}

function withReportOptions(cmd: Command): Command {
  return addFlags(cmd, PLUGIN_REPORT_FLAGS);
}

/** A refusal that carries its report: print the findings, then the reason, and return the contract's exit code. */
async function emitRefusal(err: unknown, opts: ReportOutputOptions): Promise<number | undefined> {
  if (!(err instanceof ClawguardError)) return undefined;
  const report = err.detail?.report as Report | undefined;
  if (!report) return undefined;
  await emitReport(report, opts, { error: { code: err.code, message: err.message, hint: err.hint } });
  log.error(err.message);
  if (err.hint) process.stderr.write(`  fix: ${err.hint}\n`);
  return exitCodeFor(err);
}

async function askToInstall(report: Report, guard: InterruptGuard): Promise<boolean> {
  process.stderr.write((await import('../../../report/format-text.js')).renderText(report, { color: false }));
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  const abort = new AbortController();
  // readline takes Ctrl-C from the terminal itself: treat it as the interrupt it is, and as a "no".
  rl.on('SIGINT', () => {
    guard.trigger();
    abort.abort();
  });
  try {
    const answer = await rl.question(`Install ${report.target.name}@${report.target.version} (verdict ${report.verdict})? [y/N] `, { signal: abort.signal });
    return /^y(es)?$/i.test(answer.trim());
  } catch {
    return false;
  } finally {
    rl.close();
  }
}

/** What an interrupted install or update leaves behind, said plainly. */
export function reportInterrupted(configPath: string, completed: boolean): number {
  if (completed)
    log.warn('the interrupt came after the commit had begun, so the command finished: the ledger and the config were updated as shown above');
  else
    process.stderr.write(
      `interrupted: nothing was installed or changed. The plugin directories, the ledger, script approvals and ${configPath} are as they were; the staging directory was removed.\n`,
    );
  return EXIT_INTERRUPTED;
}

function describeInstall(result: InstallResult): string {
  const { entry } = result;
  const lines = [
    `installed ${entry.pluginId} (${entry.name}@${entry.version}${result.replaced ? `, replacing ${result.replaced.version}` : ''}) into ${result.dir}`,
    `  recorded in the ledger with an integrity manifest of ${entry.dirName}; 'clawguard gateway check' verifies it before each gateway start`,
    `  ${result.configPath}: "${entry.pluginId}" added to plugins.allow${result.config.createdAllowlist ? ' (allowlist created)' : ''}, plugins.entries.${entry.pluginId}.enabled = true`,
  ];
  if (result.config.reEnabled) lines.push(`  note: plugins.entries.${entry.pluginId}.enabled was false; installing enabled it again`);
  if (result.config.removedFromDeny) lines.push(`  note: "${entry.pluginId}" was removed from plugins.deny`);
  if (!result.config.formattingPreserved)
    lines.push(`  note: the config uses JSON5-only syntax, so it was rewritten and its comments were dropped (previous file: ${result.configPath}.bak)`);
  if (result.notAllowed.length > 0) {
    lines.push('  these plugins under extensions/ are not in the new allowlist and will no longer load:');
    for (const p of result.notAllowed) lines.push(`    ${p.id} (${p.dir})`);
    lines.push(`  to keep one, review it, add its id to plugins.allow in ${result.configPath}, and run 'clawguard plugins adopt <id>' so gateway check verifies it`);
  }
  return `${lines.join('\n')}\n`;
}

async function installCommand(spec: string, opts: InstallFlags): Promise<number> {
  checkOutputFlags(opts);
  const interactive = !opts.yes && !opts.json && !opts.sarif && process.stdin.isTTY === true && process.stderr.isTTY === true;
  // Each command loads its own stage of the pipeline when it runs (not the whole library at registration).
  const { installPlugin } = await import('../../../install/install-plugin.js');
  const view = progressView(opts, () => guard.check());
  const guard = guardInterrupts(() => view.stop());
  let result: InstallResult;
  try {
    result = await installPlugin(spec, {
      stateDir: opts.stateDir,
      config: opts.config,
      registry: opts.registry,
      failOn: opts.failOn,
      minReleaseAgeDays: parseMinReleaseAge(opts.minReleaseAge),
      force: opts.force === true,
      allowScripts: opts.allowScripts === true,
      requireProvenance: opts.requireProvenance === true,
      limits: limitsOf(opts),
      suppressions: suppressionsOf(opts),
      onProgress: view.onProgress,
      ...(interactive ? { confirm: (report: Report) => askToInstall(report, guard) } : {}),
    });
  } catch (err) {
    view.stop();
    // Whatever the pipeline threw on its way out (our Interrupted, a script killed by the same Ctrl-C), it has rolled back.
    if (guard.interrupted) return reportInterrupted(statePathsOf(opts).configPath, false);
    const code = await emitRefusal(err, opts);
    if (code !== undefined) return code;
    throw err;
  } finally {
    view.stop();
    guard.dispose();
  }
  await emitReport(result.report, opts, {
    install: {
      pluginId: result.entry.pluginId,
      dir: result.dir,
      configPath: result.configPath,
      createdAllowlist: result.config.createdAllowlist,
      reEnabled: result.config.reEnabled,
      removedFromDeny: result.config.removedFromDeny,
      formattingPreserved: result.config.formattingPreserved,
      notAllowed: result.notAllowed,
      ...(result.replaced ? { replaced: result.replaced } : {}),
    },
  });
  if (opts.json || opts.sarif) log.info(describeInstall(result).trimEnd());
  else process.stdout.write(describeInstall(result));
  return guard.interrupted ? reportInterrupted(result.configPath, true) : 0;
}

/** One row per plugin, within 80 columns: long ids are cut with an ellipsis (--json has them whole). */
function renderList(list: PluginList): string {
  if (list.plugins.length === 0) return 'no plugins installed by clawguard\n';
  const rows = list.plugins.map((p) => [
    p.id,
    p.version,
    p.verdict,
    p.allowStatus,
    p.quarantined ? 'quarantined' : p.present ? 'present' : 'missing',
    p.integrity ? `${p.integrity.slice(0, 15)}…` : p.source.kind,
  ]);
  const header = ['ID', 'VERSION', 'VERDICT', 'ALLOW', 'DIR', 'INTEGRITY'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const rest = widths.slice(1).reduce((n, w) => n + w + 2, 0);
  widths[0] = Math.max(12, Math.min(widths[0], 80 - rest));
  const cut = (c: string, w: number) => (c.length > w ? `${c.slice(0, w - 1)}…` : c);
  return `${[header, ...rows].map((r) => r.map((c, i) => cut(c, widths[i]).padEnd(widths[i])).join('  ').trimEnd()).join('\n')}\n`;
}

export function registerInstall(plugins: Command): void {
  withReportOptions(
    addGlobalOptions(plugins.command('install <spec>').description('install a plugin from an exact registry pin, a local directory or a .tgz, after inspection')),
  )
    .option('--yes', 'do not ask for confirmation')
    .option('--force', 'replace an installed version (the old one stays until the new one is complete)')
    .option('--min-release-age <days>', 'refuse versions published less than this many days ago (0 turns the gate off)', '1')
    .option('--allow-scripts', "run the tree's lifecycle scripts after showing them")
    .option('--require-provenance', 'refuse when the plugin or any package of its tree has no provenance attestation')
    .action(action(async (spec: string, opts: InstallFlags) => installCommand(spec, opts)));
}

export function registerInspect(plugins: Command): void {
  withReportOptions(addGlobalOptions(plugins.command('inspect <spec>').description('inspect a plugin (registry spec, directory or .tgz) without installing')))
    .action(action(async (spec: string, opts: ReportOutputOptions) => (await import('../../plugins-inspect.js')).inspectCommand(spec, opts)));
}

export function registerList(plugins: Command): void {
  addGlobalOptions(plugins.command('list').description('installed plugins with version, integrity, allow status and last verdict')).action(
    action(async (opts: GlobalOptions) => {
      const { listPlugins } = await import('../../../install/list.js');
      const list = listPlugins({ stateDir: opts.stateDir, config: opts.config });
      if (opts.json) printJson(list);
      else process.stdout.write(renderList(list));
      return 0;
    }),
  );
}

export function registerUninstall(plugins: Command): void {
  addGlobalOptions(plugins.command('uninstall <id>').description('remove a plugin, its ledger entry and its config entries')).action(
    action(async (id: string, opts: GlobalOptions) => {
      const { uninstallPlugin } = await import('../../../install/uninstall.js');
      const result = await uninstallPlugin(id, { stateDir: opts.stateDir, config: opts.config });
      if (opts.json)
        printJson({ uninstalled: { pluginId: id, name: result.entry.name, version: result.entry.version, removedDir: result.removedDir ?? null, configPath: result.configPath, allowlistEmpty: result.allowlistEmpty } });
      else
        process.stdout.write(
          `uninstalled ${id} (${result.entry.name}@${result.entry.version})${result.removedDir ? `, removed ${result.removedDir}` : ''}; removed from plugins.allow and plugins.entries in ${result.configPath}\n`,
        );
      if (result.allowlistEmpty)
        log.warn('plugins.allow is now empty: OpenClaw loads every discovered non-bundled plugin by default, and gateway check refuses them (allowlist-empty)');
      return 0;
    }),
  );
}

