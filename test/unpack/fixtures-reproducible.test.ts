/**
 * fixtures/tarballs/ is generated, not hand-made: rerunning scripts/make-hostile-tarballs.mjs must give the
 * committed archives back byte for byte. Compared after gunzip when the compressed bytes differ: zlib
 * builds (Node 20 vs 24, CPU-specific fast paths) may choose different but equivalent deflate streams.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { writeHostileTarballs } from '../../scripts/make-hostile-tarballs.mjs';

const committed = path.resolve(import.meta.dirname, '../../fixtures/tarballs');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-tarballs-'));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

it('the generator reproduces every committed hostile tarball byte for byte', async () => {
  const written: string[] = await writeHostileTarballs(out);
  const names = written.map((f) => path.basename(f)).sort();
  expect(names).toEqual(fs.readdirSync(committed).sort());
  for (const name of names) {
    const fresh = fs.readFileSync(path.join(out, name));
    const kept = fs.readFileSync(path.join(committed, name));
    if (fresh.equals(kept)) continue;
    if (name === 'truncated-gzip.tgz') {
      // Cut mid-stream on purpose: what each decompresses to must be a prefix of the same archive.
      const partial = (b: Buffer) => zlib.gunzipSync(b, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      const [a, b] = [partial(fresh), partial(kept)].sort((x, y) => x.length - y.length);
      expect(a.length).toBeGreaterThan(0);
      expect(b.subarray(0, a.length).equals(a), name).toBe(true);
    } else expect(zlib.gunzipSync(fresh).equals(zlib.gunzipSync(kept)), name).toBe(true);
  }
});
