import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSON5 from 'json5';
import { afterEach, describe, expect, it } from 'vitest';
import { updateOpenClawConfig } from '../../src/config/update.js';
import { allowPlugin, forgetPlugin } from '../../src/install/config-changes.js';

const dirs: string[] = [];
function tempConfig(text?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-config-'));
  dirs.push(dir);
  const file = path.join(dir, 'openclaw.json');
  if (text !== undefined) fs.writeFileSync(file, text, { mode: 0o644 });
  return file;
}
afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('updateOpenClawConfig', () => {
  it('edits only what changed in a JSONC file: comments, order, indentation and trailing commas survive', () => {
    const original = [
      '{',
      '\t// the gateway',
      '\t"gateway": {"port": 18789},',
      '\t"plugins": {',
      '\t\t"allow": [',
      '\t\t\t"a", // first',
      '\t\t\t"b",',
      '\t\t],',
      '\t},',
      '}',
      '',
    ].join('\n');
    const file = tempConfig(original);
    const result = updateOpenClawConfig(file, (c) => void allowPlugin(c, 'c'));
    expect(result).toMatchObject({ changed: true, formattingPreserved: true });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('\t// the gateway');
    expect(text).toContain('"a", // first');
    expect(text.indexOf('"gateway"')).toBeLessThan(text.indexOf('"plugins"'));
    expect(JSON5.parse(text)).toEqual({ gateway: { port: 18789 }, plugins: { allow: ['a', 'b', 'c'], entries: { c: { enabled: true } } } });
    expect(fs.readFileSync(`${file}.bak`, 'utf8')).toBe(original);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(`${file}.bak`).mode & 0o777).toBe(0o600);

    updateOpenClawConfig(file, (c) => forgetPlugin(c, 'a'));
    const after = fs.readFileSync(file, 'utf8');
    expect(after).toContain('\t// the gateway');
    expect(JSON5.parse(after).plugins.allow).toEqual(['b', 'c']);
  });

  it('falls back to re-serialising JSON5-only syntax and says so; the old text stays in .bak', () => {
    const original = "{\n  // unquoted keys are JSON5, not JSONC\n  plugins: { allow: ['x'] },\n  gateway: { port: 0x10 },\n}\n";
    const file = tempConfig(original);
    const result = updateOpenClawConfig(file, (c) => void allowPlugin(c, 'y'));
    expect(result.formattingPreserved).toBe(false);
    expect(JSON5.parse(fs.readFileSync(file, 'utf8'))).toEqual({ plugins: { allow: ['x', 'y'], entries: { y: { enabled: true } } }, gateway: { port: 16 } });
    expect(fs.readFileSync(`${file}.bak`, 'utf8')).toBe(original);
  });

  it('creates a missing file (mode 600, no .bak) and leaves an unchanged one untouched', () => {
    const file = tempConfig();
    updateOpenClawConfig(file, (c) => void allowPlugin(c, 'p'));
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ plugins: { allow: ['p'], entries: { p: { enabled: true } } } });
    expect(fs.existsSync(`${file}.bak`)).toBe(false);
    const mtime = fs.statSync(file).mtimeMs;
    expect(updateOpenClawConfig(file, (c) => void allowPlugin(c, 'p')).changed).toBe(false);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.existsSync(`${file}.bak`)).toBe(false);
  });

  it('an unparseable config is bad input (exit class input) and is not touched', () => {
    const file = tempConfig('{ "plugins": ');
    expect(() => updateOpenClawConfig(file, (c) => void allowPlugin(c, 'p'))).toThrow(expect.objectContaining({ code: 'ECONFIG', exitClass: 'input' }));
    expect(fs.readFileSync(file, 'utf8')).toBe('{ "plugins": ');
    expect(fs.existsSync(`${file}.bak`)).toBe(false);
  });
});
