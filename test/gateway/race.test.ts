/**
 * A gateway check racing an install must never call a half-installed plugin "ok". First every intermediate
 * state an install passes through, checked one by one (deterministic); then a real `clawguard plugins install`
 * from the test registry with checks fired at it continuously until it finishes.
 */
import fs from 'node:fs';
import { setImmediate } from 'node:timers';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { makeSandbox, runCli, type Sandbox } from '../helpers/cli.js';
import { gatewayCheckJson, runGatewayCheck } from '../../src/gateway/index.js';
import { buildIntegrityManifest, saveIntegrityManifest } from '../../src/ledger/manifest.js';
import { readLedger, writeLedger } from '../../src/ledger/ledger.js';
import { installedPlugin, statePaths, writeConfig, writePlugin } from './helpers/state.js';

let sb: Sandbox;
beforeEach(() => {
  sb = makeSandbox(inject('registryUrl'));
});
afterEach(() => sb.cleanup());

async function statusOf(id: string): Promise<string[]> {
  const json = gatewayCheckJson(await runGatewayCheck({ paths: statePaths(sb.stateDir), env: {} }));
  return json.plugins.filter((p) => p.id === id).map((p) => p.status);
}

describe('check racing an install', () => {
  it('every intermediate state of an update is refused; only the committed state is ok', async () => {
    const paths = statePaths(sb.stateDir);
    const dir = await installedPlugin(sb.stateDir, { id: 'p' });
    writeConfig(sb.stateDir, { plugins: { allow: ['p'] } });
    expect(await statusOf('p')).toEqual(['ok']);

    // 1. new version being unpacked in staging (nested one level down, as the installer does): OpenClaw does
    //    not see it, and the installed version is still the verified one.
    const staging = path.join(sb.stateDir, 'extensions/.clawguard-staging-1-abc');
    writePlugin(path.join(staging, 'package'), { id: 'p', files: { 'dist/new.js': 'export const v = 2;\n' } });
    expect(await statusOf('p')).toEqual(['ok']);

    // 2. old version moved aside, new one renamed into place; ledger and manifest not written yet.
    fs.renameSync(dir, path.join(sb.stateDir, 'extensions/.clawguard-old.bak'));
    fs.renameSync(path.join(staging, 'package'), dir);
    expect(await statusOf('p')).toEqual(['refused']);

    // 3. new manifest written, ledger still pointing at the old manifest's sha256.
    const manifest = await buildIntegrityManifest(dir);
    const saved = saveIntegrityManifest(paths.clawguardDir, 'p', manifest);
    expect(await statusOf('p')).toEqual(['refused']);

    // 4. ledger committed: now, and only now, the new version is ok.
    const ledger = readLedger(paths);
    ledger.plugins.p.manifestSha256 = saved.sha256;
    writeLedger(paths, ledger);
    expect(await statusOf('p')).toEqual(['ok']);
  });

  it('a first install: moved into place but not yet recorded is refused', async () => {
    writeConfig(sb.stateDir, { plugins: { allow: ['fresh'] } });
    writePlugin(path.join(sb.stateDir, 'extensions/fresh'), { id: 'fresh' });
    expect(await statusOf('fresh')).toEqual(['refused']);
  });

  it('a real install with checks running against it the whole time', async () => {
    const install = runCli(['plugins', 'install', 'clean-plugin@1.0.0', '--yes', '--min-release-age', '0'], { env: sb.env });
    let finished = false;
    void install.then(() => (finished = true));
    const seen: string[] = [];
    while (!finished) {
      const statuses = await statusOf('clean-plugin').catch((err: Error) => [`error:${err.message}`]);
      for (const s of statuses) {
        if (s === 'ok') {
          // "ok" mid-race is only acceptable if the ledger already holds the committed install.
          expect(readLedger(statePaths(sb.stateDir)).plugins['clean-plugin']).toBeDefined();
        }
        seen.push(s);
      }
      // Yield to the event loop so the child's exit can be noticed (the check itself may be all sync).
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = await install;
    expect(result.code, result.stderr).toBe(0);
    expect(await statusOf('clean-plugin')).toEqual(['ok']);
    expect(seen.length).toBeGreaterThan(0);
  });
});
