/**
 * The pinned corpus as tarballs on disk: each `name@version` of packages.json packed once (pacote, the fetcher
 * `npm pack` uses, with the registry's integrity check) into .cache/bench/tarballs/ and reused by every later
 * run of the precision and throughput benches.
 */
import fs from 'node:fs';
import path from 'node:path';
import pacote from 'pacote';

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const cacheDir = path.join(repoRoot, '.cache/bench');
const tarballDir = path.join(cacheDir, 'tarballs');

export function loadCorpus() {
  const pinned = JSON.parse(fs.readFileSync(path.join(repoRoot, 'bench/precision/packages.json'), 'utf8'));
  return [
    ...pinned.npmTop.map((p) => ({ group: 'npm-top', name: p.name, version: p.version })),
    ...pinned.openclawPlugins.map((p) => ({ group: 'openclaw-plugin', name: p.name, version: p.version })),
    ...(pinned.openclawRelated ?? []).map((p) => ({ group: 'openclaw-related', name: p.name, version: p.version })),
    ...(pinned.securityTools ?? []).map((p) => ({ group: 'security-tools', name: p.name, version: p.version })),
  ];
}

/** The OpenClaw release whose bundled skills are measured as real benign skills. */
export function bundledSkillsSource() {
  const pinned = JSON.parse(fs.readFileSync(path.join(repoRoot, 'bench/precision/packages.json'), 'utf8'));
  return pinned.bundledSkillsFrom ? { group: 'openclaw-bundled-skills', ...pinned.bundledSkillsFrom } : undefined;
}

function tarballPath(name, version) {
  return path.join(tarballDir, `${name.replace('@', '').replace('/', '__')}-${version}.tgz`);
}

/** Each entry gets `file` (the cached tarball) or `error` (why it could not be packed). */
export async function fetchTarballs(entries, { concurrency = 6, log = () => {} } = {}) {
  fs.mkdirSync(tarballDir, { recursive: true });
  const queue = [...entries];
  const out = [];
  async function worker() {
    for (let e = queue.shift(); e; e = queue.shift()) {
      const file = tarballPath(e.name, e.version);
      try {
        if (!fs.existsSync(file)) {
          const tmp = `${file}.partial-${process.pid}`;
          await pacote.tarball.file(`${e.name}@${e.version}`, tmp, { cache: path.join(cacheDir, 'npm-cache'), fetchRetries: 2 });
          fs.renameSync(tmp, file);
          log(`packed ${e.name}@${e.version}`);
        }
        out.push({ ...e, file, tarballBytes: fs.statSync(file).size });
      } catch (err) {
        out.push({ ...e, error: `${err.code ?? 'ERROR'}: ${String(err.message).split('\n')[0]}` });
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const order = new Map(entries.map((e, i) => [`${e.group}:${e.name}@${e.version}`, i]));
  return out.sort((a, b) => order.get(`${a.group}:${a.name}@${a.version}`) - order.get(`${b.group}:${b.name}@${b.version}`));
}
