import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { out } from './run.mjs';

export function packages(root = '.') {
  const rootPkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (!rootPkg.workspaces) return [{ dir: root, pkg: rootPkg }];
  const dirs = JSON.parse(out('npm', ['query', '.workspace', '--json'], { cwd: root })).map((w) => w.location);
  return dirs.filter((d) => existsSync(path.join(root, d, 'package.json'))).map((d) => ({ dir: path.join(root, d), pkg: JSON.parse(readFileSync(path.join(root, d, 'package.json'), 'utf8')) })).filter((p) => !p.pkg.private);
}

export function changedSince(tag, dir) {
  if (!tag) return true;
  return out('git', ['diff', '--name-only', `${tag}..HEAD`, '--', dir]) !== '';
}
