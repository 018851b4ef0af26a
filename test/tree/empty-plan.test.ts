/**
 * A plugin with nothing to resolve gets its plan (the root-only tree and its lockfile) without Arborist
 * (src/tree/empty-plan.ts). What it writes must be exactly what Arborist's ideal tree of the same plan
 * project gives, for every lockfile version; anything it does not cover is left to Arborist.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIdealTree } from '../../src/tree/ideal-tree.js';
import { emptyIdealTree } from '../../src/tree/empty-plan.js';
import { writePlanProject, type PluginManifest } from '../../src/tree/plan-project.js';
import { loadNpmOptions } from '../../src/resolve/npm-config.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-empty-plan-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const planOf = (plugin: PluginManifest) => writePlanProject(path.join(fs.realpathSync(root), String(n++)), plugin);

describe('the plan of a plugin without dependencies', () => {
  const plugins: PluginManifest[] = [
    { name: 'p', version: '1.0.0' },
    { name: 'p', version: '1.0.0', dependencies: {}, devDependencies: { vitest: '1' } },
    // The host peer and optional peers are never installed: the plan is empty too.
    { name: 'p', version: '1.0.0', peerDependencies: { openclaw: '*', x: '1' }, peerDependenciesMeta: { x: { optional: true } } },
  ];

  for (const lockfileVersion of [undefined, null, 1, 2, 3] as const) {
    it(`is Arborist's, byte for byte (lockfileVersion ${lockfileVersion})`, async () => {
      const npmOptions = { ...(await loadNpmOptions({ env: { PATH: process.env.PATH, HOME: root } })), lockfileVersion };
      for (const plugin of plugins) {
        const fast = planOf(plugin);
        const viaArborist = planOf(plugin);
        const ours = emptyIdealTree(fast, plugin, npmOptions);
        expect(ours).toBeDefined();
        const theirs = await buildIdealTree(viaArborist, 'p', npmOptions);
        expect(ours).toEqual(theirs);
        expect(fs.readdirSync(fast).sort()).toEqual(fs.readdirSync(viaArborist).sort());
        expect(fs.readFileSync(path.join(fast, 'package-lock.json'), 'utf8')).toBe(fs.readFileSync(path.join(viaArborist, 'package-lock.json'), 'utf8'));
      }
    });
  }

  it('leaves to Arborist whatever it does not cover', async () => {
    const npmOptions = await loadNpmOptions({ env: { PATH: process.env.PATH, HOME: root } });
    const plugin = { name: 'p', version: '1.0.0' };
    expect(emptyIdealTree(planOf({ ...plugin, dependencies: { a: '1.0.0' } }), { ...plugin, dependencies: { a: '1.0.0' } }, npmOptions)).toBeUndefined();
    expect(emptyIdealTree(planOf({ ...plugin, peerDependencies: { a: '1' } }), { ...plugin, peerDependencies: { a: '1' } }, npmOptions)).toBeUndefined();
    expect(emptyIdealTree(planOf({ ...plugin, optionalDependencies: {} }), { ...plugin, optionalDependencies: {} }, npmOptions)).toBeUndefined();
    expect(emptyIdealTree(planOf({ ...plugin, overrides: {} }), { ...plugin, overrides: {} }, npmOptions)).toBeUndefined();
    // Arborist refuses these: it must be the one to say so.
    expect(emptyIdealTree(planOf(plugin), plugin, { ...npmOptions, global: true })).toBeUndefined();
    expect(emptyIdealTree(planOf(plugin), plugin, { ...npmOptions, lockfileVersion: '3' })).toBeUndefined();
    expect(emptyIdealTree(planOf(plugin), plugin, { ...npmOptions, saveType: 'bogus' })).toBeUndefined();
    // A plan directory that holds anything else, or is reached through a symlink.
    const busy = planOf(plugin);
    fs.writeFileSync(path.join(busy, 'package-lock.json'), '{}');
    expect(emptyIdealTree(busy, plugin, npmOptions)).toBeUndefined();
    const real = planOf(plugin);
    const link = path.join(fs.realpathSync(root), `link-${n++}`);
    fs.symlinkSync(real, link);
    expect(emptyIdealTree(link, plugin, npmOptions)).toBeUndefined();
  });
});
