/**
 * Every failure the property runs found, as a named case that stays red if the fix is undone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClawguardError } from '../../src/core/errors.js';
import { updateOpenClawConfig } from '../../src/config/update.js';
import { allowPlugin, forgetPlugin } from '../../src/install/config-changes.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-regress-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function refusedEdit(text: string, edit: (d: Parameters<typeof allowPlugin>[0]) => void, says: string) {
  const file = path.join(dir, `${Math.random().toString(16).slice(2)}.json`);
  fs.writeFileSync(file, text);
  let caught: unknown;
  try {
    updateOpenClawConfig(file, edit);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(ClawguardError);
  expect((caught as ClawguardError).exitClass).toBe('input');
  expect((caught as ClawguardError).message).toContain(says);
  expect(fs.readFileSync(file, 'utf8')).toBe(text);
}

describe('config editor regressions (found by test/fuzz/config-editor)', () => {
  // seed 20261202: {"plugins": []} swallowed the allowlist (array properties are not serialised), so an
  // install reported success while OpenClaw, seeing no allowlist, would load every plugin.
  it('"plugins": [] is refused, not silently left without an allowlist', () => {
    refusedEdit('{"plugins": []}\n', (d) => void allowPlugin(d, 'clean-plugin'), '"plugins" must be an object');
  });

  it('"plugins.allow" that is not a list of ids, and an entry that is not an object, are refused', () => {
    refusedEdit('{"plugins": {"allow": "clean-plugin"}}\n', (d) => void allowPlugin(d, 'clean-plugin'), '"plugins.allow" must be an array of plugin ids');
    refusedEdit('{"plugins": {"entries": {"clean-plugin": true}}}\n', (d) => void allowPlugin(d, 'clean-plugin'), '"plugins.entries.clean-plugin" must be an object');
    refusedEdit('{"plugins": 5}\n', (d) => forgetPlugin(d, 'clean-plugin'), '"plugins" must be an object');
  });
});
