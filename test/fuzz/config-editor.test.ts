/**
 * The config editor rewrites the operator's openclaw.json: for any config (unknown keys, comments, odd
 * formatting) an install's or uninstall's edit must mean exactly what a reparse of the written file means,
 * keep every comment when it says it kept the formatting, keep the previous text in `.bak`, and refuse a
 * config whose `plugins` section has the wrong types with a precise bad-input error, the file untouched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import JSON5 from 'json5';
import { afterAll, describe, expect, it } from 'vitest';
import { ClawguardError } from '../../src/core/errors.js';
import { updateOpenClawConfig } from '../../src/config/update.js';
import { allowPlugin, forgetPlugin } from '../../src/install/config-changes.js';
import type { OpenClawConfig } from '../../src/config/openclaw-config.js';
import { fuzzParams } from './params.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-fuzz-config-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const key = fc.oneof(fc.constantFrom('plugins', 'allow', 'deny', 'entries', 'enabled', 'load', 'paths', 'skills', 'gateway', '__proto__x', 'a b', '"q"', 'ключ'), fc.string({ maxLength: 8 }));
const id = fc.oneof(fc.constantFrom('clean-plugin', 'p', '@scope/p', 'a-b'), fc.string({ minLength: 1, maxLength: 10 }));
const leaf = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(key, tie('v'), { maxKeys: 3 })),
})).v;
const entries = fc.dictionary(id, fc.oneof(fc.record({ enabled: fc.boolean() }, { requiredKeys: [] }), fc.dictionary(key, value, { maxKeys: 2 })), { maxKeys: 3 });
const pluginsSection = fc.record(
  { allow: fc.array(id, { maxLength: 4 }), deny: fc.array(id, { maxLength: 2 }), entries, extra: value },
  { requiredKeys: [] },
);
/** Mostly well-typed configs; sometimes `plugins` (or a part of it) of the wrong type, as a hand edit leaves it. */
const config = fc.record(
  {
    plugins: fc.oneof({ weight: 5, arbitrary: pluginsSection }, { weight: 1, arbitrary: value }, { weight: 1, arbitrary: fc.record({ allow: value, entries: value }, { requiredKeys: [] }) }),
    other: value,
    [`unknown`]: value,
  },
  { requiredKeys: [] },
);

/** JSON text with `// cN` comments after opening brackets and commas, indentation 2, 4 or tabs. */
function render(obj: unknown, indent: string | number, commentEvery: number): { text: string; comments: string[]; outsidePlugins: string[] } {
  const lines = JSON.stringify(obj, null, indent).split('\n');
  const out: string[] = [];
  const comments: string[] = [];
  const outsidePlugins: string[] = [];
  // Top-level keys sit at one indent; the plugins section runs from its key line to the next top-level key.
  const top = typeof indent === 'number' ? ' '.repeat(indent) : indent;
  let inPlugins = false;
  lines.forEach((line, i) => {
    if (line.startsWith(`${top}"`) && !line.startsWith(`${top}${top}`)) inPlugins = line.startsWith(`${top}"plugins"`);
    out.push(line);
    if (commentEvery > 0 && i % commentEvery === 0 && /[[{,]$/.test(line)) {
      const c = `// c${i}`;
      comments.push(c);
      if (!inPlugins) outsidePlugins.push(c);
      out.push(c);
    }
  });
  return { text: `${out.join('\n')}\n`, comments, outsidePlugins };
}

let n = 0;
describe('config editor (property)', () => {
  it('an install or uninstall edit: reparse equals the intended config, comments kept when formatting is, .bak holds the old text', () => {
    fc.assert(
      fc.property(config, id, fc.boolean(), fc.constantFrom(2, 4, '\t'), fc.nat(3), (cfg, pluginId, install, indent, every) => {
        const file = path.join(dir, `c${n++}.json`);
        const { text, comments, outsidePlugins } = render(cfg, indent, every);
        fs.writeFileSync(file, text);
        const mutate = (draft: OpenClawConfig) => (install ? void allowPlugin(draft, pluginId) : forgetPlugin(draft, pluginId));
        const expected = JSON.parse(JSON.stringify(cfg)) as OpenClawConfig;
        let expectError: unknown;
        try {
          mutate(expected);
        } catch (err) {
          expectError = err;
        }
        let result;
        try {
          result = updateOpenClawConfig(file, mutate);
        } catch (err) {
          // Wrong types are refused as bad input, and the file stays as it was.
          expect(err, String(err)).toBeInstanceOf(ClawguardError);
          expect((err as ClawguardError).exitClass).toBe('input');
          expect((err as ClawguardError).message).toMatch(/plugins/);
          expect(fs.readFileSync(file, 'utf8')).toBe(text);
          expect(fs.existsSync(`${file}.bak`)).toBe(false);
          return;
        }
        expect(expectError, 'the edit succeeded where the mutation itself throws').toBeUndefined();
        const written = fs.readFileSync(file, 'utf8');
        expect(JSON5.parse(written)).toEqual(expected);
        if (result.changed) {
          expect(fs.readFileSync(`${file}.bak`, 'utf8')).toBe(text);
          // An edit that only adds keeps every comment. One that removes an item (uninstall; an install taking
          // the id off plugins.deny) may drop a comment written between that item and its separator; every
          // comment outside "plugins" stays.
          const deny = (cfg as OpenClawConfig).plugins?.deny;
          const enabled = (cfg as OpenClawConfig).plugins?.entries?.[pluginId]?.enabled;
          const replacesValue = enabled !== undefined && typeof enabled !== 'boolean';
          const removes = !install || replacesValue || (Array.isArray(deny) && deny.includes(pluginId));
          if (result.formattingPreserved) for (const c of removes ? outsidePlugins : comments) expect(written).toContain(c);
        } else expect(written).toBe(text);
      }),
      fuzzParams(300),
    );
  });
});
