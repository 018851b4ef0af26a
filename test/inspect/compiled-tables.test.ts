/**
 * Tables the build precomputes for the engine (scripts/compile-rules.mjs, beside the compiled rules): each is
 * exactly what the engine would otherwise build at run time, and is used only while current.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VISITOR_KEYS } from '@babel/types';
import { afterAll, describe, expect, it } from 'vitest';
import { compileVisitorKeys, installedBabelTypesVersion, VISITOR_KEYS_FILE, visitorKeys, visitorKeysFromArtifact } from '../../src/inspect/analyzers/js-visitor-keys.js';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});
function tableFile(data: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-tables-'));
  temps.push(dir);
  const file = path.join(dir, 'js-visitor-keys.json');
  fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

describe("Babel's visitor keys table", () => {
  it('is exactly @babel/types VISITOR_KEYS, recorded with the installed version', () => {
    const table = compileVisitorKeys();
    expect(table.babelTypesVersion).toBe(installedBabelTypesVersion());
    expect(table.keys).toEqual({ ...VISITOR_KEYS });
    expect(visitorKeysFromArtifact(tableFile(table))).toEqual({ ...VISITOR_KEYS });
    expect({ ...visitorKeys() }).toEqual({ ...VISITOR_KEYS });
  });

  it('a table from another @babel/types version, another format or a broken file is never used', () => {
    const table = compileVisitorKeys();
    expect(visitorKeysFromArtifact(tableFile({ ...table, babelTypesVersion: '0.0.0' }))).toBeUndefined();
    expect(visitorKeysFromArtifact(tableFile({ ...table, format: 'other' }))).toBeUndefined();
    expect(visitorKeysFromArtifact(tableFile('{"format":'))).toBeUndefined();
    expect(visitorKeysFromArtifact(path.join(os.tmpdir(), 'clawguard-no-such-table.json'))).toBeUndefined();
  });

  it('the built table (dist/) is current and equal to @babel/types, or it is never used', () => {
    const built = path.resolve(__dirname, '../../dist/inspect/analyzers', path.basename(VISITOR_KEYS_FILE));
    if (!fs.existsSync(built)) return; // not built yet: the engine loads @babel/types
    const raw = JSON.parse(fs.readFileSync(built, 'utf8')) as { babelTypesVersion: string };
    const served = visitorKeysFromArtifact(built);
    if (raw.babelTypesVersion === installedBabelTypesVersion()) expect(served).toEqual({ ...VISITOR_KEYS });
    else expect(served).toBeUndefined();
  });
});
