/**
 * Tables the build precomputes for the engine (scripts/compile-rules.mjs, beside the compiled rules): each is
 * exactly what the engine would otherwise build at run time, and is used only while current.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VISITOR_KEYS } from '@babel/types';
import { afterAll, describe, expect, it } from 'vitest';
import { compileVisitorKeys, installedBabelTypesVersion, VISITOR_KEYS_FILE, visitorKeys, visitorKeysFromArtifact } from '../../src/inspect/analyzers/js-visitor-keys.js';
import { compileGateTable, gateKey, gateReader, gatesFromArtifact, REGEX_GATES_FILE, requiredWords } from '../../src/inspect/analyzers/regex-tier.js';
import { PROSE_PATTERNS } from '../../src/inspect/analyzers/skill.js';
import { INSTRUCT_PATTERNS } from '../../src/inspect/effects/prose.js';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});
function tableFile(data: unknown, name = 'js-visitor-keys.json'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-tables-'));
  temps.push(dir);
  const file = path.join(dir, name);
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

describe("the gated prose patterns' required words", () => {
  const gated = [...PROSE_PATTERNS.map((p) => p.re), ...INSTRUCT_PATTERNS.map(([re]) => re)];

  it('are exactly what the reader reads off each pattern, keyed by flags and source, with the code of the reader', () => {
    const table = compileGateTable(gated);
    expect(table.reader).toBe(gateReader());
    expect(Object.keys(table.gates)).toHaveLength(new Set(gated.map((re) => gateKey(re))).size);
    const served = gatesFromArtifact(tableFile(table, 'regex-gates.json'))!;
    for (const re of gated) expect(served.get(gateKey(re))).toEqual(requiredWords(re));
    // the table must hold real groups: a reader that read nothing would make every gate pass
    expect(gated.filter((re) => served.get(gateKey(re))!.length > 0).length).toBeGreaterThan(gated.length / 2);
  });

  it('a table written by another reader, in another format or broken is never used', () => {
    const table = compileGateTable(gated);
    expect(gatesFromArtifact(tableFile({ ...table, reader: 'other' }, 'regex-gates.json'))).toBeUndefined();
    expect(gatesFromArtifact(tableFile({ ...table, format: 'other' }, 'regex-gates.json'))).toBeUndefined();
    expect(gatesFromArtifact(tableFile('{"format":', 'regex-gates.json'))).toBeUndefined();
    expect(gatesFromArtifact(path.join(os.tmpdir(), 'clawguard-no-such-gates.json'))).toBeUndefined();
  });

  it('the built table (dist/) holds, for every pattern it names, what the reader reads off it today', () => {
    const built = path.resolve(__dirname, '../../dist/inspect/analyzers', path.basename(REGEX_GATES_FILE));
    if (!fs.existsSync(built)) return; // not built yet: the engine reads every pattern at run time
    const raw = JSON.parse(fs.readFileSync(built, 'utf8')) as { gates: Record<string, string[][]> };
    // and the build's own reader serves it (it holds the built code, not src/)
    const served = execFileSync(process.execPath, ['--input-type=module', '-e', `import { gatesFromArtifact } from ${JSON.stringify(pathToFileURL(path.join(path.dirname(built), 'regex-tier.js')).href)}; process.stdout.write(String(gatesFromArtifact()?.size))`], { encoding: 'utf8' });
    expect(served).toBe(String(Object.keys(raw.gates).length));
    const bySource = new Map(gated.map((re) => [gateKey(re), re]));
    let checked = 0;
    for (const [key, groups] of Object.entries(raw.gates)) {
      const re = bySource.get(key);
      if (re) expect(groups, key.slice(0, 80)).toEqual(requiredWords(re)), checked++;
    }
    // every gated pattern found under its key (the patterns written outside ASCII too)
    expect(checked).toBe(bySource.size);
  });
});
