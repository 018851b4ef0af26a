import path from 'node:path';
import { inputError } from '../core/errors.js';
import { readOpenClawConfig } from '../config/openclaw-config.js';
import { assertConfigWritable, updateOpenClawConfig } from '../config/update.js';
import { manifestPathFor, readLedger, writeLedger } from '../ledger/ledger.js';
import { acquireStateLock } from '../ledger/lock.js';
import type { LedgerEntry } from '../ledger/types.js';
import fs from 'node:fs';
import { assertPluginsSection, forgetPlugin } from './config-changes.js';
import { pathsOf, type PluginCommandOptions } from './options.js';
import { recoverInterrupted, createStaging } from './staging.js';
import { faultPoint } from './fault-injection.js';
import { asDiskError } from './disk-errors.js';
import { beginCommit, type Commit } from './transaction.js';

export interface UninstallResult {
  entry: LedgerEntry;
  /** The directory removed, when clawguard had installed it under `<state>/extensions`. */
  removedDir?: string;
  configPath: string;
  /** True when the allowlist is now empty: OpenClaw then loads every discovered plugin by default. */
  allowlistEmpty: boolean;
}

/**
 * `clawguard plugins uninstall <id>`: directory, ledger entry, manifest, `plugins.allow` and
 * `plugins.entries.<id>` go together (journaled like an install, so a failure restores all of them).
 */
export async function uninstallPlugin(pluginId: string, options: PluginCommandOptions = {}): Promise<UninstallResult> {
  try {
    return await uninstallSteps(pluginId, options);
  } catch (err) {
    throw asDiskError(err, pathsOf(options).stateDir, `uninstalling ${pluginId}`);
  }
}

async function uninstallSteps(pluginId: string, options: PluginCommandOptions): Promise<UninstallResult> {
  const paths = pathsOf(options);
  assertConfigWritable(options.env);
  const lock = await acquireStateLock(paths, { command: `plugins uninstall ${pluginId}` });
  try {
    recoverInterrupted(paths);
    const ledger = readLedger(paths);
    const entry = ledger.plugins[pluginId];
    if (!entry) {
      const known = Object.keys(ledger.plugins);
      throw inputError('EUNKNOWN_PLUGIN', `no plugin with id "${pluginId}" was installed by clawguard`, {
        hint: known.length ? `installed ids: ${known.join(', ')} ('clawguard plugins list')` : "nothing is installed ('clawguard plugins list')",
      });
    }
    assertPluginsSection(readOpenClawConfig(paths.configPath).data, pluginId, paths.configPath);
    // Only a directory clawguard itself placed under extensions/ is removed; an adopted plugin's files stay where OpenClaw put them.
    const ownDir = path.join(paths.extensionsDir, entry.dirName);
    const removesDir = path.resolve(entry.dir) === ownDir;
    const staging = createStaging(paths);
    let commit: Commit | undefined;
    try {
      // A quarantined copy (`<dir>.disabled`, renamed by gateway check) goes too: the plugin is gone, and a
      // restore of it later must not bring back code nobody records any more. It is moved into staging
      // inside the commit (journaled), so an interrupted uninstall brings it back with everything else.
      const quarantined = entry.quarantine?.to;
      const moves =
        quarantined && path.dirname(path.resolve(quarantined)) === paths.extensionsDir && fs.existsSync(quarantined)
          ? [{ from: path.resolve(quarantined), to: path.join(staging.dir, 'quarantined') }]
          : [];
      commit = beginCommit(paths, staging.dir, 'uninstall', entry.dirName, { moves });
      if (removesDir) {
        commit.moveOut();
        faultPoint('uninstall:moved-out');
      }
      if (moves.length > 0) {
        commit.move(0);
        faultPoint('uninstall:quarantined-copy-moved');
      }
      fs.rmSync(manifestPathFor(paths, entry.dirName), { force: true });
      faultPoint('uninstall:manifest-removed');
      const plugins = { ...ledger.plugins };
      delete plugins[pluginId];
      writeLedger(paths, { ...ledger, plugins });
      faultPoint('uninstall:ledger-written');
      const config = updateOpenClawConfig(paths.configPath, (draft) => forgetPlugin(draft, pluginId));
      faultPoint('uninstall:config-written');
      commit.finish();
      const allow = config.after.plugins?.allow;
      return {
        entry,
        ...(removesDir ? { removedDir: ownDir } : {}),
        configPath: paths.configPath,
        allowlistEmpty: Array.isArray(allow) && allow.length === 0,
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
