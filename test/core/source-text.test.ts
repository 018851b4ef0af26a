/**
 * The engine's own sources hold no control characters but tab, line feed and carriage return. An editing script
 * that wrote `\b` through a string that was not raw left a backspace where a pattern meant a word boundary: the
 * pattern then looked for a backspace and its alternative never matched (a placeholder `YOUR_…_PASSWORD`, the
 * emulator's `.env` mention). The sources write such characters as escapes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const SOURCE = /\.(?:ts|mts|cts|mjs|cjs|js|yaml|json)$/;

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(repo, dir), { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && SOURCE.test(e.name)).map((e) => path.relative(repo, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)));
}

describe('source text', () => {
  it('has no control characters but tab, line feed and carriage return', () => {
    const files = ['src', 'rules', 'scripts'].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const bad = files.flatMap((rel) => {
      const text = fs.readFileSync(path.join(repo, rel), 'latin1');
      const at = text.search(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/);
      return at < 0 ? [] : [`${rel}:${text.slice(0, at).split('\n').length}`];
    });
    expect(bad).toEqual([]);
  });
});
