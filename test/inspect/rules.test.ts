/**
 * One table-driven test over fixtures/rules/**: every `ruleid:` annotation must produce a finding of that
 * rule on the next code line, every `ok:` annotation must not, and every rule needs both kinds of case.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectFileText, loadRules } from '../../src/inspect/index.js';

const root = path.resolve(import.meta.dirname, '../../fixtures/rules');
/** Rules whose evidence cannot live in an annotated text file (binaries, links, size caps, registry manifests). */
const COVERED_BY_PACKAGE_TESTS = new Set([
  'package-bundled-executable',
  'package-bundled-executable-install',
  'package-native-addon',
  'package-binary-file',
  'package-file-too-large',
  'package-symlink',
  'package-npmrc',
  'package-binding-gyp',
  'package-manifest-confusion',
  'package-manifest-confusion-scripts',
  'package-unreadable-file',
  'skill-frontmatter-invalid',
]);

interface Annotation {
  file: string;
  kind: 'ruleid' | 'ok';
  ruleId: string;
  line: number;
  annotationLine: number;
}

const ANNOTATION = /^\s*(?:\/\/|#|<!--)\s*(ruleid|ok):\s*([\w\s,-]+?)\s*(?:-->)?\s*$/;

function listFixtureFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listFixtureFiles(p);
    return e.name === 'README.md' && dir === root ? [] : [p];
  });
}

function annotationsOf(file: string, text: string): Annotation[] {
  const lines = text.split('\n');
  const out: Annotation[] = [];
  let pending: Array<Omit<Annotation, 'line'>> = [];
  lines.forEach((l, i) => {
    const m = ANNOTATION.exec(l);
    if (m) {
      for (const id of m[2].split(',').map((s) => s.trim()).filter(Boolean)) pending.push({ file, kind: m[1] as 'ruleid' | 'ok', ruleId: id, annotationLine: i + 1 });
      return;
    }
    if (pending.length && l.trim() !== '') {
      out.push(...pending.map((p) => ({ ...p, line: i + 1 })));
      pending = [];
    }
  });
  return out;
}

/** The fixture text as the engine must judge it: annotation lines blanked, so no annotation can change a verdict. */
function withoutAnnotations(text: string): string {
  return text
    .split('\n')
    .map((l) => (ANNOTATION.test(l) ? '' : l))
    .join('\n');
}

const files = listFixtureFiles(root);
const rules = loadRules();
const ruleIds = new Set(rules.map((r) => r.id));
// Stage rules (emittedBy) are emitted by their stage, not matched from text: test/inspect/stage-rules.test.ts.
const matchedRuleIds = new Set(rules.filter((r) => r.match).map((r) => r.id));
const all: Annotation[] = [];

describe('annotated rule fixtures', () => {
  for (const abs of files) {
    const rel = path.relative(root, abs).split(path.sep).join('/');
    const text = fs.readFileSync(abs, 'utf8');
    const annotations = annotationsOf(rel, text);
    all.push(...annotations);
    it(rel, () => {
      expect(annotations.length, `${rel} has no annotations`).toBeGreaterThan(0);
      const installTime = /fixture: install-time/.test(text.slice(0, 300));
      const target = /fixture: skill/.test(text.slice(0, 300)) || /\.md$/i.test(rel) ? 'skill' : 'package';
      // The engine never sees the annotations: each annotation line is blanked (line numbers stay right).
      const { findings } = inspectFileText(path.basename(rel), withoutAnnotations(text), { installTime, target });
      const problems: string[] = [];
      for (const a of annotations) {
        if (!ruleIds.has(a.ruleId)) problems.push(`${rel}:${a.annotationLine} names unknown rule ${a.ruleId}`);
        const hit = findings.some((f) => f.ruleId === a.ruleId && f.line === a.line);
        if (a.kind === 'ruleid' && !hit) problems.push(`${rel}:${a.line} expected ${a.ruleId}; got at that line: [${findings.filter((f) => f.line === a.line).map((f) => f.ruleId).join(', ')}]`);
        if (a.kind === 'ok' && hit) problems.push(`${rel}:${a.line} must not match ${a.ruleId}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('every rule has a positive and a negative case', () => {
    const missing: string[] = [];
    for (const id of matchedRuleIds) {
      if (COVERED_BY_PACKAGE_TESTS.has(id)) continue;
      if (!all.some((a) => a.ruleId === id && a.kind === 'ruleid')) missing.push(`${id}: no ruleid case`);
      if (!all.some((a) => a.ruleId === id && a.kind === 'ok')) missing.push(`${id}: no ok case`);
    }
    expect(missing).toEqual([]);
  });
});
