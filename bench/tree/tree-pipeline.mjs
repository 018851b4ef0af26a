#!/usr/bin/env node
/**
 * One clawguard whole-tree run, as the install pipeline does it, minus the OpenClaw-specific validation and
 * the commit into the state dir (the bench measures the tree, and some real plugins ship TypeScript entries
 * the validator refuses): resolve + fetch + hardened unpack of the plugin, engine on the plugin, Arborist
 * ideal tree, fetch + unpack + inspect of every package, lockfile install with scripts off, and the
 * package-by-package verification of the installed tree. Prints a JSON summary on stdout.
 *
 *   node bench/tree/tree-pipeline.mjs <name@version> <workDir>
 */
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../../dist');
const { loadNpmOptions } = await import(path.join(dist, 'resolve/npm-config.js'));
const { parsePluginSpec } = await import(path.join(dist, 'resolve/spec.js'));
const { resolveRegistrySpec } = await import(path.join(dist, 'fetch/registry.js'));
const { fetchStage } = await import(path.join(dist, 'install/source.js'));
const { unpackHardened } = await import(path.join(dist, 'unpack/unpack-hardened.js'));
const { startRootInspection } = await import(path.join(dist, 'install/inspection.js'));
const { sha512Of } = await import(path.join(dist, 'engine/content-digest.js'));
const { planTree, installTree } = await import(path.join(dist, 'tree/index.js'));
const { verdictOf } = await import(path.join(dist, 'report/types.js'));

const [raw, workDir] = process.argv.slice(2);
const npmOptions = await loadNpmOptions({});
const spec = parsePluginSpec(raw, { requirePin: true });
const resolved = await resolveRegistrySpec(spec, npmOptions);
const pluginDir = path.join(workDir, 'package');
fs.mkdirSync(pluginDir, { recursive: true });
// As `plugins install` fetches it: from the tarball store when these bytes were verified before.
const tarball = await fetchStage(resolved, { npmOptions });
await unpackHardened(tarball, pluginDir);
// As `plugins install` does it: the plugin's inspection overlaps the tree stage, through the inspection cache.
const source = { kind: 'npm', name: resolved.name, version: resolved.version, tarballSha512: sha512Of(tarball), packageDir: pluginDir, registryManifest: resolved.registryManifest };
const rootInspection = startRootInspection(source, npmOptions);
const plan = await planTree({
  pluginDir,
  workDir: path.join(workDir, 'tree'),
  npmOptions,
  pluginName: resolved.name,
  pluginVersion: resolved.version,
  minReleaseAgeDays: 0,
  pluginRegistryManifest: resolved.registryManifest,
});
const root = await rootInspection;
const scripts = await installTree(plan, pluginDir, npmOptions);
const findings = [...root.findings, ...plan.findings];
process.stdout.write(
  `${JSON.stringify({ packages: 1 + plan.packages.length, files: root.files + plan.stats.files, verdict: verdictOf(findings), scriptsSkipped: scripts.skipped.length })}\n`,
);
