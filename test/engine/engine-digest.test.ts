/**
 * The engine code digest (src/engine/engine-digest.ts) keys every cached result. The build records it in
 * dist/engine/engine-code-digest.json so a process does not re-hash the engine; a stale record would serve
 * results computed by other code, so the record must equal the digest computed from the build's files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.resolve(import.meta.dirname, '../../dist');

describe('the recorded engine code digest', () => {
  it('equals the digest of the built engine files, and the built engine uses it', async () => {
    const built = (await import(path.join(dist, 'engine/engine-digest.js'))) as typeof import('../../src/engine/engine-digest.js');
    const record = JSON.parse(fs.readFileSync(built.ENGINE_CODE_DIGEST_FILE, 'utf8')) as { digest: string };
    expect(record.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(built.computeEngineCodeDigest()).toBe(record.digest);
    expect(built.engineCodeDigest()).toBe(record.digest);
  });

  it('changes when an engine file changes (so a rebuilt engine never serves old results)', async () => {
    const { computeEngineCodeDigest } = await import('../../src/engine/engine-digest.js');
    const copy = fs.mkdtempSync(path.join(dist, '..', '.digest-copy-'));
    try {
      fs.cpSync(path.join(dist, 'engine'), path.join(copy, 'engine'), { recursive: true });
      fs.cpSync(path.join(dist, 'inspect'), path.join(copy, 'inspect'), { recursive: true });
      const before = computeEngineCodeDigest(copy);
      // The record itself is not part of the digest.
      fs.writeFileSync(path.join(copy, 'engine/engine-code-digest.json'), '{}');
      expect(computeEngineCodeDigest(copy)).toBe(before);
      fs.appendFileSync(path.join(copy, 'inspect/index.js'), '\n');
      expect(computeEngineCodeDigest(copy)).not.toBe(before);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
