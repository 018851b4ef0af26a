import fs from 'node:fs';
import { inputError } from '../core/errors.js';
import type { StatePaths } from '../core/state.js';
import { writeFileAtomic } from '../config/atomic-write.js';
import { assertRecordDirsAreReal, readStateFile, type StateFileKind } from './state-files.js';

const APPROVALS_FILE: StateFileKind = { label: 'the script approvals file', code: 'EAPPROVALS', exit: 'input' };
import type { LifecycleScript } from '../report/types.js';

/**
 * Script approvals, `<state>/clawguard/approvals.json`. Default deny: a lifecycle script runs only when an
 * approval matches its package name@version, event AND the sha256 of its exact command text, so a new
 * version or an edited script is a new decision (LavaMoat allow-scripts, npm 11 approvals). The dependency
 * path is recorded for the reviewer, not matched: the same package reached by another path runs the same
 * bytes.
 *
 * `shown` keeps, per plugin, the scripts its last install reported, so `approve-scripts <id>` approves
 * exactly what the operator was shown and nothing the registry serves later.
 */
export interface ScriptApproval {
  package: string;
  event: string;
  sha256: string;
  command: string;
  path: string;
  pluginId: string;
  approvedAt: string;
}

export interface ApprovalsFile {
  schemaVersion: 1;
  approvals: ScriptApproval[];
  shown: Record<string, LifecycleScript[]>;
}

export function emptyApprovals(): ApprovalsFile {
  return { schemaVersion: 1, approvals: [], shown: {} };
}

export function readApprovals(paths: Pick<StatePaths, 'approvalsPath'>): ApprovalsFile {
  const raw = readStateFile(paths.approvalsPath, APPROVALS_FILE);
  if (raw === undefined) return emptyApprovals();
  let data: Partial<ApprovalsFile>;
  try {
    data = JSON.parse(raw) as Partial<ApprovalsFile>;
  } catch (err) {
    throw invalid(paths.approvalsPath, `not valid JSON (${(err as Error).message})`);
  }
  // An approvals file that does not validate is an error, never an empty list silently rewritten.
  if (data === null || typeof data !== 'object' || Array.isArray(data) || data.schemaVersion !== 1) throw invalid(paths.approvalsPath, 'expected {"schemaVersion": 1, …}');
  if (!Array.isArray(data.approvals)) throw invalid(paths.approvalsPath, '"approvals" is not an array');
  for (const a of data.approvals)
    if (!a || typeof a.package !== 'string' || typeof a.event !== 'string' || !/^[0-9a-f]{64}$/.test(String(a.sha256)))
      throw invalid(paths.approvalsPath, `approval ${JSON.stringify(a)} lacks package, event or a sha256`);
  if (data.shown !== undefined && (data.shown === null || typeof data.shown !== 'object' || Array.isArray(data.shown))) throw invalid(paths.approvalsPath, '"shown" is not an object');
  const shown = data.shown ?? {};
  for (const [id, list] of Object.entries(shown)) {
    if (!Array.isArray(list)) throw invalid(paths.approvalsPath, `"shown.${id}" is not an array`);
    for (const s of list)
      if (!s || typeof s !== 'object' || typeof s.package !== 'string' || typeof s.event !== 'string' || typeof s.command !== 'string' || typeof s.sha256 !== 'string')
        throw invalid(paths.approvalsPath, `"shown.${id}" holds ${JSON.stringify(s)} (expected package, event, command, sha256)`);
  }
  return { schemaVersion: 1, approvals: data.approvals, shown };
}

function invalid(file: string, why: string) {
  return inputError('EAPPROVALS', `the script approvals file ${file} is invalid: ${why}`, {
    hint: 'fix it by hand or move it aside (every script is then unapproved again) and re-run clawguard plugins approve-scripts',
  });
}

export function writeApprovals(paths: Pick<StatePaths, 'approvalsPath' | 'clawguardDir'>, data: ApprovalsFile): void {
  assertRecordDirsAreReal(paths);
  fs.mkdirSync(paths.clawguardDir, { recursive: true, mode: 0o700 });
  writeFileAtomic(paths.approvalsPath, `${JSON.stringify(data, null, 2)}\n`);
}

export function isApproved(data: ApprovalsFile, script: Pick<LifecycleScript, 'package' | 'event' | 'sha256'>): boolean {
  return data.approvals.some((a) => a.package === script.package && a.event === script.event && a.sha256 === script.sha256);
}

/** Mark each script `approved` from the file (or from a one-shot `--allow-scripts`). */
export function withApprovalState(data: ApprovalsFile, scripts: LifecycleScript[], allowAll = false): LifecycleScript[] {
  return scripts.map((s) => ({ ...s, approved: allowAll || isApproved(data, s) }));
}

/** Remember what a plugin's install reported, for a later `approve-scripts <id>`. */
export function recordShownScripts(data: ApprovalsFile, pluginId: string, scripts: LifecycleScript[]): ApprovalsFile {
  const shown = { ...data.shown };
  if (scripts.length > 0) shown[pluginId] = scripts.map((s) => ({ ...s, approved: false }));
  else delete shown[pluginId];
  return { ...data, shown };
}

export interface ApproveSelection {
  /** `name@version`: only that package's scripts. */
  package?: string;
  all?: boolean;
}

/**
 * Approve scripts a plugin's last report showed. Refuses (exit 2) when nothing is selected, naming what
 * could be: approving by accident is how a default-deny list erodes.
 */
export function approveShownScripts(data: ApprovalsFile, pluginId: string, selection: ApproveSelection, now = new Date()): { data: ApprovalsFile; approved: ScriptApproval[] } {
  const shown = data.shown[pluginId];
  if (!shown || shown.length === 0)
    throw inputError('ENO_SCRIPTS_SHOWN', `no lifecycle scripts are recorded for plugin "${pluginId}"`, {
      hint: `install it first (clawguard plugins install <name>@<version>); its report lists the scripts to approve`,
    });
  const listing = shown.map((s) => `  ${s.package} ${s.event}: ${s.command}`).join('\n');
  if (!selection.all && !selection.package)
    throw inputError('EAPPROVE_SELECTION', `say which scripts of "${pluginId}" to approve:\n${listing}`, {
      hint: `pass --all, or --package <name@version> (e.g. clawguard plugins approve-scripts ${pluginId} --package ${shown[0].package})`,
    });
  const selected = selection.all ? shown : shown.filter((s) => s.package === selection.package);
  if (selected.length === 0)
    throw inputError('EAPPROVE_SELECTION', `plugin "${pluginId}" showed no scripts of ${selection.package}; it showed:\n${listing}`, {
      hint: 'pass --package with one of the name@version values above, or --all',
    });
  const approvedAt = now.toISOString();
  const approvals = [...data.approvals];
  const approved: ScriptApproval[] = [];
  for (const s of selected) {
    if (isApproved({ ...data, approvals }, s)) continue;
    const record = { package: s.package, event: s.event, sha256: s.sha256, command: s.command, path: s.path, pluginId, approvedAt };
    approvals.push(record);
    approved.push(record);
  }
  return { data: { ...data, approvals }, approved };
}
