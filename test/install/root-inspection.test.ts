/**
 * The install's inspection of the plugin itself (src/install/inspection.ts): its digest and cache lookup run on
 * a thread of the service's pool (`lookupOnThread`) while the dependency stage goes on in the main thread; the
 * engine, on a miss, runs in the main thread. Worker threads exist only in the build (a thread runs
 * dist/engine/worker.js), so this drives dist/, like the CLI tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../..');
const fixture = path.join(repoRoot, 'fixtures/packages/credential-stealer-plugin');
type Service = typeof import('../../src/engine/service.js');
const load = async (): Promise<Service> => (await import(path.join(repoRoot, 'dist/engine/service.js'))) as Service;

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-root-inspection-'));
  temps.push(dir);
  return dir;
};
const poolOf = (service: object) => (service as unknown as { pool: { size: number; started: boolean } }).pool;
const plain = <T extends { findings: unknown[] }>(r: T) => ({ ...r, engineMs: undefined, digest: undefined, cached: undefined });
// The emulator's budgets are wall-clock: whether a trace was cut short may differ between two engine runs.
const rules = (r: { findings: Array<{ ruleId: string }> }) => r.findings.map((f) => f.ruleId).filter((id) => id !== 'clawguard.emulation-partial').sort();

describe('the plugin looked up on a thread', () => {
  const packageId = 'credential-stealer-plugin@1.0.0';

  it('gives what an in-process lookup gives, on a miss (engine here) and on a hit (no engine at all)', async () => {
    const { InspectionService } = await load();
    const env = { ...process.env };
    delete env.CLAWGUARD_INSPECT_WORKERS;
    const reference = new InspectionService({ cacheDir: tempDir(), env });
    const expected = await reference.inspectDir('package', fixture, { packageId });
    await reference.close();
    expect(expected.findings.length).toBeGreaterThan(0);

    const cacheDir = tempDir();
    const cold = new InspectionService({ cacheDir, env, lookupOnThread: true });
    expect(poolOf(cold).size).toBe(os.availableParallelism() > 1 ? 1 : 0);
    const miss = await cold.inspectDir('package', fixture, { packageId });
    await cold.close();
    expect(miss.cached).toBe(false);
    expect(miss.digest.sha256).toBe(expected.digest.sha256);
    expect(rules(miss)).toEqual(rules(expected));
    expect(miss.files).toBe(expected.files);

    const warm = new InspectionService({ cacheDir, env, lookupOnThread: true });
    const hit = await warm.inspectDir('package', fixture, { packageId });
    expect(poolOf(warm).started).toBe(os.availableParallelism() > 1);
    await warm.close();
    expect(hit.cached).toBe(true);
    expect(plain(hit)).toEqual(plain(miss));
  });

  it('CLAWGUARD_INSPECT_WORKERS=0 keeps everything in this thread', async () => {
    const { InspectionService } = await load();
    const service = new InspectionService({ cacheDir: tempDir(), env: { ...process.env, CLAWGUARD_INSPECT_WORKERS: '0' }, lookupOnThread: true });
    const result = await service.inspectDir('package', fixture, { packageId });
    expect(poolOf(service).size).toBe(0);
    expect(poolOf(service).started).toBe(false);
    await service.close();
    expect(result.findings.length).toBeGreaterThan(0);
  });
});
