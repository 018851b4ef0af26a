/**
 * The spec parser takes whatever the operator (or a script) typed: any string yields either a well-formed
 * spec or a precise bad-input error (exit 2), never a crash; an exact `name@x.y.z` always parses back to
 * itself, and with requirePin nothing but an exact version gets through.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import semver from 'semver';
import { afterAll, describe, expect, it } from 'vitest';
import { ClawguardError } from '../../src/core/errors.js';
import { parsePluginSpec } from '../../src/resolve/spec.js';
import { fuzzParams } from './params.js';

const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-fuzz-spec-'));
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

/** Fragments that steer the parser into each branch: scopes, protocols, ranges, tags, paths. */
const piece = fc.oneof(
  fc.constantFrom('@', '/', ':', '#', '^', '~', '>=', '<', '||', ' ', '*', 'x', '.', '..', '\\', '-', '+', 'npm:', 'git+', 'https://', 'file:', 'github:', 'latest', '.tgz', '%2f', '\0', '\n'),
  fc.string({ maxLength: 6 }),
  fc.nat(30).map(String),
  fc.constantFrom('clean-plugin', '@scope/pkg', '1.2.3', '1.0.0-rc.1', 'a@b@c'),
);
const specLike = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

function check(raw: string, requirePin: boolean): void {
  let spec;
  try {
    spec = parsePluginSpec(raw, { requirePin, cwd });
  } catch (err) {
    // A refusal is bad input with a message and a hint, nothing else.
    expect(err).toBeInstanceOf(ClawguardError);
    expect((err as ClawguardError).exitClass).toBe('input');
    expect((err as ClawguardError).message.length).toBeGreaterThan(0);
    return;
  }
  expect(['registry', 'directory', 'tarball']).toContain(spec.kind);
  if (spec.kind === 'registry') {
    expect(spec.name.length).toBeGreaterThan(0);
    if (requirePin) expect(semver.valid((spec as { version: string }).version), raw).not.toBeNull();
  }
}

describe('spec parser (property)', () => {
  it('any string: a spec or a bad-input error, for install (pinned) and inspect', () => {
    fc.assert(
      fc.property(fc.oneof(specLike, fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 })), (raw) => {
        check(raw, true);
        check(raw, false);
      }),
      fuzzParams(400),
    );
  });

  it('an exact name@version parses back to the same name and version', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
    const scoped = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), name).map(([s, n]) => `@${s}/${n}`);
    const version = fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99), fc.option(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), { nil: undefined })).map(
      ([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}.1` : ''}`,
    );
    fc.assert(
      fc.property(fc.oneof(name, scoped), version, fc.boolean(), (n, v, npmPrefix) => {
        const spec = parsePluginSpec(`${npmPrefix ? 'npm:' : ''}${n}@${v}`, { requirePin: true, cwd });
        expect(spec).toMatchObject({ kind: 'registry', name: n, version: v });
      }),
      fuzzParams(300),
    );
  });
});
