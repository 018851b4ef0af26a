import { inputError } from '../core/errors.js';
import { resolveStatePaths } from '../core/state.js';
import { approveShownScripts, readApprovals, writeApprovals, type ApproveSelection, type ScriptApproval } from '../ledger/approvals.js';
import { readLedger } from '../ledger/ledger.js';
import { acquireStateLock } from '../ledger/lock.js';

export interface ApproveScriptsOptions extends ApproveSelection {
  stateDir?: string;
  config?: string;
  env?: NodeJS.ProcessEnv;
}

export interface ApproveScriptsResult {
  pluginId: string;
  approved: ScriptApproval[];
  /** Scripts of this plugin that were already approved before (nothing new recorded for them). */
  alreadyApproved: number;
  /** What re-runs the install so the approved scripts execute. */
  next: string;
}

/** `clawguard plugins approve-scripts <id>`: approve scripts the plugin's last install showed (by exact text). */
export async function approvePluginScripts(pluginId: string, options: ApproveScriptsOptions = {}): Promise<ApproveScriptsResult> {
  const paths = resolveStatePaths({ stateDir: options.stateDir, config: options.config, env: options.env });
  const lock = await acquireStateLock(paths, { command: `plugins approve-scripts ${pluginId}` });
  try {
    const entry = readLedger(paths).plugins[pluginId];
    if (!entry)
      throw inputError('EUNKNOWN_PLUGIN', `no plugin "${pluginId}" is installed by clawguard`, {
        hint: "'clawguard plugins list' shows the installed ids",
      });
    const before = readApprovals(paths);
    const { data, approved } = approveShownScripts(before, pluginId, options);
    if (approved.length > 0) writeApprovals(paths, data);
    const selected = options.all ? data.shown[pluginId].length : data.shown[pluginId].filter((s) => s.package === options.package).length;
    const spec = entry.source.kind === 'registry' ? `${entry.name}@${entry.version}` : entry.source.spec;
    return { pluginId, approved, alreadyApproved: selected - approved.length, next: `clawguard plugins install ${spec} --force` };
  } finally {
    lock.release();
  }
}
