/**
 * Stage "plugin-dependency-tree" (INSTALL_POLICY.md §3.3 A.3, C.3, D.3, E.3, G): the staged project with its
 * full `node_modules`, after `npm install --ignore-scripts` and before OpenClaw publishes it. Every package
 * on disk is inspected (cached by content, so the plugin seen in the previous call costs a hash, not a scan),
 * and links leaving the stage are refused.
 */
import fs from 'node:fs';
import type { Finding } from '../../../report/types.js';
import { inspectPackageCached } from '../inspect-cached.js';
import { listTreePackages, TreeTooLarge } from '../node-modules.js';
import type { PolicyOutcome } from '../respond.js';
import { checkDeadline, type StageContext } from '../stage-context.js';
import { symlinkEscapes } from '../symlinks.js';

/** Packages in flight at once: enough to keep every engine thread busy while the main thread hashes the next. */
const CONCURRENCY = 8;

export interface TreeResult {
  findings: Finding[];
  packages: number;
}

/** Inspect every package under `<root>/node_modules` (not the root package itself). */
export async function inspectNodeModules(root: string, ctx: StageContext, rootName: string): Promise<TreeResult> {
  const packages = listTreePackages(root, rootName);
  const findings: Finding[] = [];
  // The service sizes its threads for the tree (a big tree gets them, a small one is not worth starting them).
  ctx.engine.expect(packages.length);
  const c = ctx;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < packages.length) {
      checkDeadline(c, done, packages.length);
      const pkg = packages[next++];
      const res = await inspectPackageCached(pkg.dir, c, { relDir: pkg.relDir, depPath: pkg.depPath });
      findings.push(...res.findings);
      done++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, packages.length) }, worker));
  return { findings, packages: packages.length };
}

export async function evaluateDependencyTree(ctx: StageContext): Promise<PolicyOutcome> {
  const root = ctx.request.sourcePath;
  const name = ctx.request.targetName;
  const findings: Finding[] = [...symlinkEscapes(root)];
  let rootPackages = 0;
  if (fs.existsSync(`${root}/package.json`)) {
    const res = await inspectPackageCached(root, ctx, { relDir: '', depPath: name });
    findings.push(...res.findings);
    rootPackages = 1;
  }
  try {
    const tree = await inspectNodeModules(root, ctx, name);
    findings.push(...tree.findings);
    const total = rootPackages + tree.packages;
    return { subject: `the dependency tree of ${name} (${total} package${total === 1 ? '' : 's'})`, findings };
  } catch (err) {
    if (err instanceof TreeTooLarge) return { subject: `the dependency tree of ${name}`, findings, failure: err.message };
    throw err;
  }
}
