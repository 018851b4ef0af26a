/**
 * The hardened unpacker on mutated real tarballs (fixture packages packed the npm way, plus the hostile
 * fixtures): whatever the bytes, it settles (no hang) with a result or a typed clawguard error (no crash),
 * writes nothing outside its destination, leaves no link pointing out of it, and on refusal removes what
 * it wrote.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import * as tar from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { ClawguardError } from '../../src/core/errors.js';
import { unpackHardened } from '../../src/unpack/unpack-hardened.js';
import { fuzzParams, fuzzTimeout } from './params.js';

const repo = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-fuzz-unpack-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Uncompressed tar bytes of a fixture package under `package/`, as npm packs it. */
function packFixture(name: string): Buffer {
  const file = path.join(work, `${name}.tar`);
  const cwd = path.join(repo, 'fixtures/packages', name);
  tar.c({ file, cwd, prefix: 'package/', sync: true, portable: true }, fs.readdirSync(cwd));
  return fs.readFileSync(file);
}

const seeds: Buffer[] = [
  ...['clean-plugin', 'dep-plugin', 'versioned-plugin', 'trap-types-and-docs'].map(packFixture),
  ...['symlink-escape', 'hardlink-escape', 'dotdot-traversal', 'absolute-path', 'pax-long-path-ok', 'gnu-longname-mismatch', 'dir-replaced-by-symlink', 'file-dir-collision'].map(
    (n) => {
      const raw = fs.readFileSync(path.join(repo, 'fixtures/tarballs', `${n}.tgz`));
      try {
        return zlib.gunzipSync(raw);
      } catch {
        return raw;
      }
    },
  ),
];

type Mutation = { kind: 'flip'; at: number; xor: number } | { kind: 'set-header'; block: number; at: number; byte: number } | { kind: 'truncate'; at: number } | { kind: 'dup-block'; block: number } | { kind: 'splice'; from: number; len: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  // Header fields (name, mode, size, typeflag, linkname, magic, prefix) are where parsers go wrong.
  fc.record({ kind: fc.constant('set-header' as const), block: fc.nat(40), at: fc.constantFrom(0, 1, 99, 100, 124, 130, 135, 148, 156, 157, 200, 257, 263, 345, 400, 499), byte: fc.constantFrom(0, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x35, 0x37, 0x4c, 0x4b, 0x78, 0x67, 0xff, 0x20) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dup-block' as const), block: fc.nat(40) }),
  fc.record({ kind: fc.constant('splice' as const), from: fc.nat(), len: fc.integer({ min: 1, max: 1024 }), to: fc.nat() }),
);

function mutate(base: Buffer, ms: Mutation[]): Buffer {
  let b = Buffer.from(base);
  for (const m of ms) {
    if (b.length === 0) break;
    if (m.kind === 'flip') b[m.at % b.length] ^= m.xor;
    else if (m.kind === 'set-header') {
      const i = ((m.block * 512) % b.length) + m.at;
      if (i < b.length) b[i] = m.byte;
    } else if (m.kind === 'truncate') b = b.subarray(0, m.at % (b.length + 1));
    else if (m.kind === 'dup-block') {
      const start = (m.block * 512) % b.length;
      b = Buffer.concat([b.subarray(0, start + 512), b.subarray(start, start + 512), b.subarray(start + 512)]);
    } else {
      const from = m.from % b.length;
      const chunk = b.subarray(from, from + m.len);
      const to = m.to % b.length;
      b = Buffer.concat([b.subarray(0, to), chunk, b.subarray(to)]);
    }
  }
  return b;
}

function listAll(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      out.push(r);
      if (e.isDirectory()) walk(r);
    }
  };
  walk('');
  return out.sort();
}

let n = 0;
const seen = { ok: 0, refused: 0 };
describe('hardened unpacker (property)', () => {
  it(
    'mutated real tarballs: settles (30 s bound, a loaded runner included), result or typed error, nothing written outside, no link out, cleanup on refusal',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (seed, ms, gzip) => {
          const root = path.join(work, `case-${n++}`);
          fs.mkdirSync(path.join(root, 'outside'), { recursive: true });
          fs.writeFileSync(path.join(root, 'outside/sentinel'), 'x');
          const dest = path.join(root, 'staging/package');
          const bytes = mutate(seeds[seed], ms);
          const input = gzip ? zlib.gzipSync(bytes) : bytes;
          let timer: NodeJS.Timeout | undefined;
          const outcome = await Promise.race([
            unpackHardened(input, dest).then(
              () => 'ok' as const,
              (err: unknown) => err,
            ),
            new Promise<'hang'>((r) => (timer = setTimeout(() => r('hang'), 30_000))),
          ]);
          clearTimeout(timer);
          expect(outcome, 'unpack did not settle in 30 s').not.toBe('hang');
          seen[outcome === 'ok' ? 'ok' : 'refused']++;
          if (outcome !== 'ok') {
            expect(outcome, String(outcome)).toBeInstanceOf(ClawguardError);
            expect(fs.existsSync(dest), 'a refused unpack left its destination behind').toBe(false);
          }
          const everything = listAll(root);
          for (const p of everything) expect(p === 'outside' || p === 'outside/sentinel' || p === 'staging' || p === 'staging/package' || p.startsWith('staging/package/'), p).toBe(true);
          expect(fs.readFileSync(path.join(root, 'outside/sentinel'), 'utf8')).toBe('x');
          if (outcome === 'ok') {
            const real = fs.realpathSync(dest);
            for (const p of everything.filter((q) => q.startsWith('staging/package/'))) {
              const abs = path.join(root, p);
              if (fs.lstatSync(abs).isSymbolicLink()) {
                const target = path.resolve(path.dirname(abs), fs.readlinkSync(abs));
                expect(target === real || target.startsWith(`${real}${path.sep}`), `${p} -> ${fs.readlinkSync(abs)}`).toBe(true);
              }
            }
          }
          fs.rmSync(root, { recursive: true, force: true });
        }),
        fuzzParams(150),
      );
      // Mutations that all fail (or all pass) would test one branch only.
      expect(seen.ok, JSON.stringify(seen)).toBeGreaterThan(0);
      expect(seen.refused, JSON.stringify(seen)).toBeGreaterThan(0);
    },
    fuzzTimeout(150, 500),
  );
});
