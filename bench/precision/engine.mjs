/**
 * What the benches run: the built engine (dist/, so run `npm run build` first) and the hardened unpacker when the
 * fetch stage provides one (else node-tar stripping `package/`, as npm does). Imported lazily so the benches keep
 * working while those modules are still being written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as tar from 'tar';
import { repoRoot } from './corpus.mjs';

const dist = path.join(repoRoot, 'dist');

/**
 * The engine of `<root>/dist` — by default this checkout's build; CLAWGUARD_BENCH_ENGINE=<dir> (a directory holding
 * dist/, e.g. what bench/recall/build-committed.sh prints) measures another build, such as a committed revision.
 */
export async function loadEngine(root = process.env.CLAWGUARD_BENCH_ENGINE || repoRoot) {
  const base = path.join(path.resolve(root), 'dist');
  const entry = path.join(base, 'inspect/index.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  const engine = await import(entry);
  const types = await import(path.join(base, 'report/types.js'));
  return { root: path.resolve(root), inspectPackageDir: engine.inspectPackageDir, inspectSkillDir: engine.inspectSkillDir, verdictOf: types.verdictOf };
}

/** `{ name, unpack(file, dest) }`: the project's hardened unpacker when built, else plain node-tar. */
export async function loadUnpacker() {
  for (const rel of ['unpack/index.js', 'unpack/unpack-hardened.js']) {
    const file = path.join(dist, rel);
    if (!fs.existsSync(file)) continue;
    const mod = await import(file);
    if (typeof mod.unpackHardened === 'function') {
      return { name: 'unpackHardened', unpack: async (tgz, dest) => void (await mod.unpackHardened(tgz, dest)) };
    }
  }
  return { name: 'node-tar', unpack: (tgz, dest) => tar.x({ file: tgz, cwd: dest, strip: 1 }) };
}

/** The engine's dir inside an unpack destination: unpackers differ on whether `package/` is stripped. */
export function packageRoot(dest) {
  return fs.existsSync(path.join(dest, 'package.json')) ? dest : path.join(dest, 'package');
}

export function gitRevision() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src/inspect', 'rules'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+uncommitted-engine-changes` : head;
  } catch {
    return 'unknown';
  }
}
