/**
 * A dependency tree the time budget cannot cover: the answer is `block` ("did not finish"), never a partial
 * allow, and every package the engine finished before the deadline is in the shared cache, so the retried
 * install continues from there instead of starting over. The deadline is driven by a counter, not a clock:
 * it passes after a fixed number of jobs have been handed out, whatever the machine's speed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InspectionService } from '../../src/engine/service.js';
import { evaluateRequest } from '../../src/openclaw/policy/evaluate.js';
import { parseRequest, type PolicyRequest } from '../../src/openclaw/policy/protocol.js';
import { buildResponse } from '../../src/openclaw/policy/respond.js';
import type { StageContext } from '../../src/openclaw/policy/stage-context.js';
import { copyFixture, dependencyTree } from './requests.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-tree-deadline-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function requestFor(dir: string): PolicyRequest {
  const parsed = parseRequest(JSON.stringify(dependencyTree(dir, 'policy-plugin-with-deps')));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.request;
}

/** A stage context whose deadline passes once `jobs` pieces of work have been handed out. */
function contextFor(request: PolicyRequest, cacheDir: string, jobs: number): { ctx: StageContext; engine: InspectionService; logs: string[] } {
  const engine = new InspectionService({ cacheDir });
  const logs: string[] = [];
  let asked = 0;
  const ctx = {
    request,
    engine,
    registry: undefined,
    minReleaseAgeDays: 0,
    suppressions: [],
    log: (m: string) => void logs.push(m),
    get deadline() {
      return asked++ < jobs ? Number.MAX_SAFE_INTEGER : 0;
    },
  } as StageContext;
  return { ctx, engine, logs };
}

describe('a tree the budget cannot cover', () => {
  test('answers block ("did not finish"), and the retry finds what was inspected in the cache', async () => {
    const dir = copyFixture('plugin-with-deps', work);
    const request = requestFor(dir);
    const cacheDir = path.join(work, 'cache');
    // The tree: the project and 3 packages. 4 lookups, then 2 engine runs, then the deadline.
    const first = contextFor(request, cacheDir, 4 + 2);
    const outcome = await evaluateRequest(first.ctx);
    expect(outcome.failure).toMatch(/did not finish in time \(2 of 4 packages inspected\)/);
    expect(outcome.failure).toMatch(/what was inspected is cached/);
    const response = buildResponse(request, outcome);
    expect(response.decision).toBe('block');
    expect(response.reason).toMatch(/did not finish/);

    // The retry, with time enough: the two packages finished before are hits, the engine runs on the others.
    const retry = contextFor(request, cacheDir, Number.MAX_SAFE_INTEGER);
    const done = await evaluateRequest(retry.ctx);
    expect(done.failure).toBeUndefined();
    expect(retry.logs.join('\n')).toMatch(/tree: 4 packages in \d+ ms, 2 from the cache, the engine on 2/);
    // And the answer is the one an uninterrupted run gives: the decision and every finding (rule, severity, package
    // file and line). (Not each finding's evidence text word for word: the classes a flow lists can differ by the
    // emulated runs a loaded machine's pool fits in, as in a CI run on Node 24.)
    const fresh = contextFor(request, path.join(work, 'fresh-cache'), Number.MAX_SAFE_INTEGER);
    const shape = (r: ReturnType<typeof buildResponse>) => ({ ...r, findings: (r as { findings?: Array<Record<string, unknown>> }).findings?.map(({ evidence: _evidence, ...f }) => f) });
    expect(shape(buildResponse(request, done))).toEqual(shape(buildResponse(request, await evaluateRequest(fresh.ctx))));
    expect(buildResponse(request, done).decision).toBe('block');
  });

  test('a deadline already past answers block before any engine run', async () => {
    const dir = copyFixture('plugin-with-deps', path.join(work, 'past'));
    const request = requestFor(dir);
    const { ctx, logs } = contextFor(request, path.join(work, 'past-cache'), 0);
    const outcome = await evaluateRequest(ctx);
    expect(outcome.failure).toMatch(/did not finish in time \(0 of 4 packages inspected\)/);
    expect(buildResponse(request, outcome).decision).toBe('block');
    expect(logs.join('\n')).not.toMatch(/tree:/);
  });
});
