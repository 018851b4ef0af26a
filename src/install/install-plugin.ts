import fs from 'node:fs';
import path from 'node:path';
import { inputError, policyError } from '../core/errors.js';
import { log } from '../core/log.js';
import { readOpenClawConfig } from '../config/openclaw-config.js';
import { assertConfigWritable, updateOpenClawConfig } from '../config/update.js';
import { readLedger, writeLedger, writeManifestFile } from '../ledger/ledger.js';
import { acquireStateLock } from '../ledger/lock.js';
import { buildIntegrityManifest } from '../ledger/manifest.js';
import type { LedgerEntry } from '../ledger/types.js';
import { validatePluginDir, type ValidPlugin } from '../plugin/validate.js';
import { severityRank, SEVERITIES, verdictOf, type Report, type Severity } from '../report/types.js';
import { loadNpmOptions } from '../resolve/npm-config.js';
import { resolvePinnedSpec } from '../resolve/pinned.js';
import { allowPlugin, assertPluginsSection, discoverGlobalPlugins, type AllowChange, type DiscoveredPlugin } from './config-changes.js';
import { isApproved, readApprovals, recordShownScripts, writeApprovals } from '../ledger/approvals.js';
import { scriptKey, treeProvenance } from '../tree/index.js';
import { isTreePlan, treeDependencyStage } from '../tree/stage.js';
import { decide, dependenciesStage, inspectStage, startRootInspection, validateStage } from './inspection.js';
import { pathsOf, type InstallPluginOptions } from './options.js';
import { restrictPermissions } from './permissions.js';
import { acquirePlugin } from './source.js';
import { recoverInterrupted, createStaging } from './staging.js';
import { beginCommit, type Commit } from './transaction.js';
import { faultPoint } from './fault-injection.js';
import { asDiskError } from './disk-errors.js';

export interface InstallResult {
  report: Report;
  entry: LedgerEntry;
  /** Where the plugin now lives. */
  dir: string;
  configPath: string;
  config: AllowChange & { formattingPreserved: boolean };
  /** Discovered plugins under `<state>/extensions` that the new allowlist does not name (they stop loading). */
  notAllowed: DiscoveredPlugin[];
  /** The previous version this install replaced (`--force`). */
  replaced?: { version: string };
}

/** A refusal that carries the report explaining it, so the CLI can print the findings with the error. */
function refusal(code: string, message: string, report: Report, hint: string) {
  return policyError(code, message, { hint, detail: { report } });
}

/**
 * `clawguard plugins install`: resolve → fetch → unpack → validate → dependencies → inspect → decide →
 * install deps → commit → record. Everything happens in staging under the state lock; the only changes
 * anyone can observe happen in the commit, which a journal makes all-or-nothing.
 */
export async function installPlugin(rawSpec: string, options: InstallPluginOptions = {}): Promise<InstallResult> {
  try {
    return await installPluginSteps(rawSpec, options);
  } catch (err) {
    throw asDiskError(err, pathsOf(options).stateDir, `installing ${rawSpec}`);
  }
}

async function installPluginSteps(rawSpec: string, options: InstallPluginOptions): Promise<InstallResult> {
  const startedAt = Date.now();
  const progress = options.onProgress ?? (() => {});
  const paths = pathsOf(options);
  const failOn: Severity = options.failOn ?? 'critical';
  if (!SEVERITIES.includes(failOn)) throw inputError('EFAIL_ON', `--fail-on must be one of ${SEVERITIES.join(', ')}, not "${failOn}"`);
  assertConfigWritable(options.env);
  const npmOptions = await loadNpmOptions({ registry: options.registry, cwd: options.cwd, env: options.env });
  // Unpinned specs are refused here, before the lock and before any tarball is requested.
  const spec = await resolvePinnedSpec(rawSpec, npmOptions, options.cwd);

  const lock = await acquireStateLock(paths, { command: `plugins install ${rawSpec}` });
  try {
    recoverInterrupted(paths);
    const ledger = readLedger(paths);
    // A broken config would make the final step fail after all the work: refuse up front (exit 2).
    assertPluginsSection(readOpenClawConfig(paths.configPath).data, undefined, paths.configPath);
    if (spec.kind === 'registry' && !options.force) {
      const existing = Object.values(ledger.plugins).find((e) => e.name === spec.name && e.source.kind === 'registry');
      if (existing) throw alreadyInstalled(existing.pluginId, existing.version, spec.name, spec.version);
    }

    const staging = createStaging(paths);
    let commit: Commit | undefined;
    try {
      progress(`resolving ${rawSpec}`);
      const source = await acquirePlugin(spec, staging.packageDir, {
        npmOptions,
        limits: options.limits,
        minReleaseAgeDays: options.minReleaseAgeDays ?? 1,
      });
      faultPoint('after-unpack');
      const validation = await validateStage(source);
      if (!validation.valid)
        throw inputError('EPLUGIN_INVALID', `${source.name}@${source.version} is not a valid OpenClaw plugin:\n  - ${validation.problems.join('\n  - ')}`, {
          hint: `'clawguard plugins inspect ${rawSpec}' reports it in full; only a package with openclaw.plugin.json (id, configSchema) and package.json openclaw.extensions can be installed`,
        });
      const finalDir = path.join(paths.extensionsDir, validation.dirName);
      const previous = ledger.plugins[validation.pluginId];
      if (!options.force) {
        if (previous) throw alreadyInstalled(validation.pluginId, previous.version, source.name, source.version);
        if (fs.existsSync(finalDir))
          throw inputError('EPLUGIN_DIR_EXISTS', `${finalDir} already exists and was not installed by clawguard`, {
            hint: `review it, then replace it with 'clawguard plugins install ${rawSpec} --force' (or record it as it is with 'clawguard plugins adopt ${validation.pluginId}')`,
          });
      }

      progress(`resolving the dependencies of ${source.name}@${source.version}`);
      // Whole-tree stage (issue 4): plan + inspect every package, then install exactly that plan.
      const approvals = readApprovals(paths);
      const treeStage = treeDependencyStage({
        minReleaseAgeDays: options.minReleaseAgeDays ?? 1,
        requireProvenance: options.requireProvenance,
        unpackLimits: options.limits,
        isApproved: (s) => options.allowScripts === true || isApproved(approvals, s),
        pluginId: validation.pluginId,
        pluginRegistryManifest: source.registryManifest,
        env: options.env,
        onProgress: options.onProgress,
      });
      const rootInspection = startRootInspection(source, npmOptions);
      const { plan, ctx } = await dependenciesStage(source, staging.dir, npmOptions, treeStage);
      progress(`inspecting ${1 + plan.packages.length} package(s)`);
      const report = await inspectStage(source, validation, plan, startedAt, rootInspection, options.suppressions);
      if (options.reviewCandidate) {
        const review = await options.reviewCandidate({ report, packageDir: staging.packageDir, plan });
        report.findings.push(...review.findings);
        report.verdict = verdictOf(report.findings);
        Object.assign(report, review.section);
      }
      if (decide(report, failOn).refused)
        throw refusal(
          'EBLOCKED',
          `${source.name}@${source.version} was not installed: findings at or above --fail-on ${failOn} (verdict ${report.verdict})`,
          report,
          severityRank(failOn) < severityRank('critical')
            ? `review the findings; --fail-on ${SEVERITIES[SEVERITIES.indexOf(failOn) + 1]} or higher would accept them`
            : 'do not install this version; review the findings above',
        );
      if (options.confirm && !(await options.confirm(report)))
        throw refusal('EDECLINED', `installation of ${source.name}@${source.version} declined`, report, 'run again and answer yes, or pass --yes');

      progress('installing dependencies (scripts disabled)');
      const scriptRun = await treeStage.install(ctx, plan);
      const scripts = { ran: scriptRun.ran.map(scriptKey), skipped: scriptRun.skipped.map(scriptKey) };
      if (scripts.skipped.length > 0) log.warn(`${scripts.skipped.length} lifecycle script(s) were not run: not approved (see the report)`);
      restrictPermissions(staging.packageDir);
      // "Complete and verified": the tree now in staging is still the plugin that was validated.
      const final = validatePluginDir(staging.packageDir);
      if (!final.valid || final.pluginId !== validation.pluginId)
        throw policyError('EPLUGIN_CHANGED', `${source.name}@${source.version} no longer validates after its dependencies were installed`, {
          hint: final.valid ? 'the plugin id changed during installation; report this package' : final.problems.join('; '),
        });

      progress(`installing into ${finalDir}`);
      commit = beginCommit(paths, staging.dir, 'install', validation.dirName);
      commit.swapIn();
      faultPoint('after-swap');
      const manifest = await buildIntegrityManifest(finalDir);
      const manifestSha256 = writeManifestFile(paths, validation.dirName, manifest);
      faultPoint('install:manifest-written');
      const entry: LedgerEntry = {
        ...ledgerEntryFor(validation, source, finalDir, report, manifestSha256, plan.packages, scripts),
        ...(isTreePlan(plan) ? { provenance: treeProvenance(plan.tree) } : {}),
      };
      writeLedger(paths, { ...ledger, plugins: { ...ledger.plugins, [validation.pluginId]: entry } });
      faultPoint('install:ledger-written');
      // What this install showed is what `approve-scripts <id>` approves later.
      writeApprovals(paths, recordShownScripts(readApprovals(paths), validation.pluginId, report.lifecycleScripts));
      faultPoint('install:approvals-written');
      let allow: AllowChange = { createdAllowlist: false, removedFromDeny: false, reEnabled: false };
      const configResult = updateOpenClawConfig(paths.configPath, (draft) => {
        allow = allowPlugin(draft, validation.pluginId);
      });
      faultPoint('install:config-written');
      const allowed = new Set(configResult.after.plugins?.allow ?? []);
      const notAllowed = allow.createdAllowlist ? discoverGlobalPlugins(paths.extensionsDir).filter((p) => !allowed.has(p.id)) : [];
      commit.finish();
      return {
        report,
        entry,
        dir: finalDir,
        configPath: paths.configPath,
        config: { ...allow, formattingPreserved: configResult.formattingPreserved },
        notAllowed,
        ...(previous ? { replaced: { version: previous.version } } : {}),
      };
    } catch (err) {
      commit?.rollback();
      throw err;
    } finally {
      staging.dispose();
    }
  } finally {
    lock.release();
  }
}

function alreadyInstalled(pluginId: string, installed: string, name: string, wanted: string) {
  return inputError('EALREADY_INSTALLED', `plugin ${pluginId} is already installed (${name}@${installed})`, {
    hint: `to replace it with ${name}@${wanted}, run the same command with --force`,
  });
}

function ledgerEntryFor(
  validation: ValidPlugin,
  source: Awaited<ReturnType<typeof acquirePlugin>>,
  dir: string,
  report: Report,
  manifestSha256: string,
  packages: Array<{ name: string; version: string; integrity?: string; path: string }>,
  scripts: { ran: string[]; skipped: string[] },
): LedgerEntry {
  const findings: Partial<Record<Severity, number>> = {};
  for (const f of report.findings) if (!f.suppressed) findings[f.severity] = (findings[f.severity] ?? 0) + 1;
  return {
    pluginId: validation.pluginId,
    dirName: validation.dirName,
    dir,
    source: source.ledgerSource,
    name: source.name,
    version: source.version,
    ...(source.integrity ? { integrity: source.integrity } : {}),
    installedAt: new Date().toISOString(),
    verdict: report.verdict,
    findings,
    manifestSha256,
    packages: packages.map((p) => ({ name: p.name, version: p.version, ...(p.integrity ? { integrity: p.integrity } : {}), path: p.path })),
    scripts,
  };
}
