#!/usr/bin/env node
/**
 * Every package's result on a dependency tree, for comparing two builds of the engine (the policy bench times
 * the tree; this says whether the answer is the same). The service's batch as the policy's tree stage runs it
 * (InspectionService.inspectDirs, its threads, node_modules of each package left to its own entry), with no
 * result cache, written as JSON: package directory → { findings, lifecycleScripts, files, bytes }.
 * The emulator's budgets are wall-clock (src/emulate): findings it observes on packages near a budget can
 * differ between two runs on a loaded machine; CLAWGUARD_EMULATE=0 compares everything else exactly.
 * Usage: npm run build && node bench/policy/dump.mjs out.json [tree-dir]
 *        node bench/policy/dump.mjs --diff a.json b.json
 */
import fs from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);

if (args[0] === '--diff') {
  const [a, b] = [args[1], args[2]].map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  let differ = 0;
  for (const dir of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const ka = new Set((a[dir]?.findings ?? []).map((f) => JSON.stringify(f)));
    const kb = new Set((b[dir]?.findings ?? []).map((f) => JSON.stringify(f)));
    const gone = [...ka].filter((f) => !kb.has(f));
    const added = [...kb].filter((f) => !ka.has(f));
    const rest = JSON.stringify({ ...a[dir], findings: 0 }) !== JSON.stringify({ ...b[dir], findings: 0 });
    if (!gone.length && !added.length && !rest) continue;
    differ++;
    console.log(`${dir}${rest ? ' (scripts, files or bytes differ)' : ''}`);
    for (const f of gone) console.log(`  - ${f}`);
    for (const f of added) console.log(`  + ${f}`);
  }
  console.log(`${differ} of ${Object.keys(a).length} packages differ`);
  process.exit(differ ? 1 : 0);
}

const out = path.resolve(args[0] ?? 'tree-results.json');
const tree = path.resolve(args[1] ?? path.join(repo, '.cache/openclaw/openclaw-2026.9.6'));
const { listTreePackages } = await import(path.join(repo, 'dist/openclaw/policy/node-modules.js'));
const { InspectionService } = await import(path.join(repo, 'dist/engine/service.js'));

const items = [...(fs.existsSync(path.join(tree, 'package.json')) ? [{ dir: tree, relDir: '' }] : []), ...listTreePackages(tree, 'bench')];
const service = new InspectionService({ cacheDir: null, expectedJobs: items.length });
const results = {};
const started = Date.now();
await service.inspectDirs(
  items.map((p) => ({ kind: 'package', dir: p.dir, packageId: p.relDir || 'root', excludeNodeModules: true })),
  (i, r) => {
    const key = items[i].relDir || '.';
    if (r instanceof Error) results[key] = { error: r.message };
    else results[key] = { findings: [...r.findings].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))), lifecycleScripts: r.lifecycleScripts, files: r.files, bytes: r.bytes };
  },
);
await service.close();
const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
fs.writeFileSync(out, `${JSON.stringify(sorted, null, 1)}\n`);
console.log(`${items.length} packages in ${((Date.now() - started) / 1000).toFixed(1)} s → ${out}`);
