/**
 * `plugins inspect <local directory>` loads what the command needs and nothing more: a plugin directory
 * without dependencies is copied, inspected (a repeat answers from the result cache) and reported without
 * npm's fetcher (pacote and everything under it), without Arborist (there is no tree to resolve) and without
 * the library barrel (dist/index.js). A plugin with dependencies still resolves its tree with Arborist.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { cliPath, makeSandbox, repoRoot } from '../helpers/cli.js';

const box = makeSandbox(inject('registryUrl'));
// A preload (test code, not a fixture) that records every module the process loads: CommonJS files and
// builtins at exit (require.cache, process.moduleLoadList), ES modules through a loader hook (on a thread of
// its own, so it appends to a file).
const record = path.join(box.root, 'loaded.txt');
const probe = path.join(box.root, 'loaded.cjs');
const hooks = `import fs from 'node:fs'; export async function load(url, context, next) { fs.appendFileSync(${JSON.stringify(record)}, url + '\\n'); return next(url, context); }`;
fs.writeFileSync(
  probe,
  [
    `require('node:module').register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));`,
    `process.on('exit', () => { require('node:fs').appendFileSync(${JSON.stringify(record)}, [...Object.keys(require.cache), ...process.moduleLoadList].join('\\n') + '\\n'); });`,
  ].join('\n'),
);

function inspect(dir: string): Promise<{ code: number | null; stdout: string; stderr: string; files: string[] }> {
  fs.rmSync(record, { force: true });
  return new Promise((resolve, reject) => {
    // Asynchronous: the test registry answers from this process.
    const child = spawn(process.execPath, ['--require', probe, cliPath, 'plugins', 'inspect', dir, '--json'], { env: box.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, files: fs.readFileSync(record, 'utf8').split('\n').filter(Boolean) }));
  });
}

const has = (files: string[], re: RegExp) => files.some((f) => re.test(f));
const pacote = /[/\\]node_modules[/\\](pacote|npm-registry-fetch|make-fetch-happen|cacache|sigstore)[/\\]/;
const arborist = /[/\\]node_modules[/\\]@npmcli[/\\]arborist[/\\]/;
const barrel = (files: string[]) => files.some((f) => f.replace(/^file:\/\//, '') === path.join(repoRoot, 'dist/index.js'));

describe('plugins inspect <directory> loads what it needs', () => {
  it('a plugin without dependencies: no pacote, no Arborist, no library barrel; the same report', async () => {
    const dir = path.join(repoRoot, 'fixtures/packages/clean-plugin');
    await inspect(dir); // fills the result cache
    const res = await inspect(dir);
    expect(res.code, res.stderr).toBe(0);
    expect(has(res.files, /[/\\]dist[/\\]cli[/\\]fast[/\\]plugins\.cjs$/)).toBe(true); // the recording works (the launcher's bundle answers)
    expect(has(res.files, pacote)).toBe(false);
    expect(has(res.files, arborist)).toBe(false);
    expect(barrel(res.files)).toBe(false);
    const report = JSON.parse(res.stdout);
    expect(report.target).toEqual({ kind: 'directory', spec: dir, name: 'clean-plugin', version: '1.0.0', pluginId: 'clean-plugin', path: dir });
    expect(report.verdict).toBe('allow');
    expect(report.stats).toMatchObject({ packages: 1, files: 3 });
    // The root-only plan, as Arborist writes it (test/tree/empty-plan.test.ts): lockfile v3 of the empty plan project.
    expect(report.tree).toEqual({ lockfileSha256: 'a17104e10bbae819ed5959236cc8c5c28772f3e59026e7d71fd8024551e4760b', signatures: [], packages: [] });
    expect(res.stderr).toBe('resolving ' + dir + '\nresolving the dependencies of clean-plugin@1.0.0\ninspecting 1 package(s)\n');
  }, 120_000);

  it('a plugin with dependencies still resolves its tree with Arborist and fetches it with pacote', async () => {
    const res = await inspect(path.join(repoRoot, 'fixtures/packages/dep-plugin'));
    expect(res.code, res.stderr).toBe(0);
    expect(has(res.files, arborist)).toBe(true);
    expect(has(res.files, pacote)).toBe(true);
    expect(barrel(res.files)).toBe(false);
    const report = JSON.parse(res.stdout);
    expect(report.stats.packages).toBe(2);
    expect(report.tree.packages).toEqual([expect.objectContaining({ package: 'dep-plugin-helper@1.0.0', path: 'dep-plugin>dep-plugin-helper' })]);
    expect(report.lifecycleScripts).toContainEqual(expect.objectContaining({ package: 'dep-plugin-helper@1.0.0', approved: false }));
  }, 120_000);
});
